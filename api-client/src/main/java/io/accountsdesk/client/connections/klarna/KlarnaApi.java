package io.accountsdesk.client.connections.klarna;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.ProviderConnectionApi;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Klarna connection of an account: start a signup (optionally forcing a new one) and read where it stands. The
 * connection keeps a list of {@code signups}. The GET's operationId is a guess (ENDPOINTS.md #58), its path is the
 * documented POST's.
 */
public final class KlarnaApi extends ProviderConnectionApi<KlarnaSignup, KlarnaConfiguration> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/klarna")
            .request(new TypeReference<ConnectionSignupRequest<KlarnaSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<KlarnaSignup, KlarnaConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/klarna")
            .response(new TypeReference<ConnectionDetails<KlarnaSignup, KlarnaConfiguration>>() { }.getType());

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public KlarnaApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET);
    }

    /**
     * Starts a Klarna signup.
     *
     * @param forceNewSignup {@code true} to sign up again although earlier signups are still pending; {@code null}
     *                       leaves the parameter out, as the two-argument {@code startSignup} does
     */
    public ConnectionDetails<KlarnaSignup, KlarnaConfiguration> startSignup(String aid, KlarnaSignup signup,
                                                                            Boolean forceNewSignup) {
        return transport().send(ApiRequest.to(SIGNUP)
                .path("aid", aid)
                .query("force_new_signup", forceNewSignup)
                .body(new ConnectionSignupRequest<>(signup)));
    }
}
