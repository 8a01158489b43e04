package io.accountsdesk.client.connections.collector;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.CallbackConnectionApi;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Collector Bank (invoice) connection of an account: start the signup, read where it stands, and complete it
 * (which enables Collector Bank for Checkout). The connection keeps one {@code signup}. The account's company must
 * have an organization number (set with PUT /management/settings) before the signup starts.
 */
public final class CollectorApi
        extends CallbackConnectionApi<CollectorSignup, CollectorConfiguration, CollectorCallback> {

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

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public CollectorApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET, CALLBACK);
    }
}
