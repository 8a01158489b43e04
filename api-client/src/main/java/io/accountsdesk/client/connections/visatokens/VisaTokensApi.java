package io.accountsdesk.client.connections.visatokens;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.ProviderConnectionApi;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Visa Tokenization connection of an account: start a signup and read where it stands; the seed has no callback
 * for it. The seed's answers carry only the status and events, no signup or configuration, so the configuration stays
 * raw JSON should one appear.
 *
 * <p>The path is GUESSED (ENDPOINTS.md #77, #78) from the account's {@code connections.visa_tokens} key and the
 * {@code vipps_psp} to {@code vipps-psp} precedent; verify it against the live API.
 */
public final class VisaTokensApi extends ProviderConnectionApi<VisaTokensSignup, JsonNode> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/visa-tokens")
            .request(new TypeReference<ConnectionSignupRequest<VisaTokensSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<VisaTokensSignup, JsonNode>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/visa-tokens")
            .response(new TypeReference<ConnectionDetails<VisaTokensSignup, JsonNode>>() { }.getType());

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public VisaTokensApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET);
    }
}
