package io.accountsdesk.client.connections.collector;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Collector Bank (invoice) connection of an account: start the signup, read where it stands, and complete it.
 * The connection keeps one {@code signup}.
 */
public final class CollectorApi {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/collector")
            .request(new TypeReference<ConnectionSignupRequest<CollectorSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<CollectorSignup, CollectorConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/collector")
            .response(new TypeReference<ConnectionDetails<CollectorSignup, CollectorConfiguration>>() { }.getType());
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/collector/{callback_reference}")
            .request(CollectorCallback.class)
            .response(EmptyAnswer.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public CollectorApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /**
     * Starts the Collector Bank signup. The account's company must have an organization number (set with PUT
     * /management/settings) first.
     */
    public ConnectionDetails<CollectorSignup, CollectorConfiguration> startSignup(String aid, CollectorSignup signup) {
        return transport.send(ApiRequest.to(SIGNUP).path("aid", aid).body(new ConnectionSignupRequest<>(signup)));
    }

    /** Where the account's Collector Bank connection stands. */
    public ConnectionDetails<CollectorSignup, CollectorConfiguration> get(String aid) {
        return transport.send(ApiRequest.to(GET).path("aid", aid));
    }

    /**
     * Completes the signup and enables Collector Bank for Checkout.
     *
     * @param callbackReference the reference the signup handed out; any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String callbackReference, CollectorCallback callback) {
        transport.send(ApiRequest.to(CALLBACK).path("aid", aid).path("callback_reference", callbackReference)
                .body(callback));
    }
}
