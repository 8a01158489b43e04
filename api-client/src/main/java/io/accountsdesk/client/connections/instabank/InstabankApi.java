package io.accountsdesk.client.connections.instabank;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Instabank (invoice and finance) connection of an account: start the signup, read where it stands, and complete
 * it. The connection keeps one {@code signup}.
 */
public final class InstabankApi {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/instabank")
            .request(new TypeReference<ConnectionSignupRequest<InstabankSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<InstabankSignup, InstabankConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/instabank")
            .response(new TypeReference<ConnectionDetails<InstabankSignup, InstabankConfiguration>>() { }.getType());
    /**
     * The seed shows only an error answer for this callback, no success body (the other providers' callbacks answer
     * {@code {}}), so the answer is not read.
     */
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/instabank/{callback_reference}")
            .request(InstabankCallback.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public InstabankApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /**
     * Starts the Instabank signup. The account's company must have an organization number (set with PUT
     * /management/settings) first.
     */
    public ConnectionDetails<InstabankSignup, InstabankConfiguration> startSignup(String aid, InstabankSignup signup) {
        return transport.send(ApiRequest.to(SIGNUP).path("aid", aid).body(new ConnectionSignupRequest<>(signup)));
    }

    /** Where the account's Instabank connection stands. */
    public ConnectionDetails<InstabankSignup, InstabankConfiguration> get(String aid) {
        return transport.send(ApiRequest.to(GET).path("aid", aid));
    }

    /**
     * Completes the signup and enables Instabank for Checkout.
     *
     * @param callbackReference the reference the signup handed out; any non-blank text, sent as one path segment
     */
    public void completeSignup(String aid, String callbackReference, InstabankCallback callback) {
        transport.send(ApiRequest.to(CALLBACK).path("aid", aid).path("callback_reference", callbackReference)
                .body(callback));
    }
}
