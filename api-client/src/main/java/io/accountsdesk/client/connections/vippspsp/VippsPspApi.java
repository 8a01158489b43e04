package io.accountsdesk.client.connections.vippspsp;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.ProviderConnectionApi;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Vipps connection through Dintero as payment service provider (the account's {@code connections.vipps_psp};
 * hyphenated in the path): start a signup and read where it stands; the seed has no callback for it. The connection
 * keeps a list of {@code signups}. The GET's operationId is a guess (ENDPOINTS.md #60), its path is the documented
 * POST's.
 */
public final class VippsPspApi extends ProviderConnectionApi<VippsPspSignup, VippsPspConfiguration> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/vipps-psp")
            .request(new TypeReference<ConnectionSignupRequest<VippsPspSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<VippsPspSignup, VippsPspConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/vipps-psp")
            .response(new TypeReference<ConnectionDetails<VippsPspSignup, VippsPspConfiguration>>() { }.getType());

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public VippsPspApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET);
    }
}
