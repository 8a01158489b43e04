package io.accountsdesk.client.connections.instabank;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.CallbackConnectionApi;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Instabank (invoice and finance) connection of an account: start the signup, read where it stands, and complete
 * it (which enables Instabank for Checkout). The connection keeps one {@code signup}. The account's company must have
 * an organization number (set with PUT /management/settings) before the signup starts.
 */
public final class InstabankApi
        extends CallbackConnectionApi<InstabankSignup, InstabankConfiguration, InstabankCallback> {

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

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public InstabankApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET, CALLBACK);
    }
}
