package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.ProviderConnectionApi;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Common signup of an account: one application for several payment products. Start it, read where it stands, and
 * fetch a link to it; it has no callback. The connection keeps one {@code signup}; the seed shows no
 * {@code configuration} for it, so that stays raw JSON. The account's company must have an organization number (set
 * with PUT /management/settings) before the signup starts.
 */
public final class CommonApi extends ProviderConnectionApi<CommonSignup, JsonNode> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/common")
            .request(new TypeReference<ConnectionSignupRequest<CommonSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<CommonSignup, JsonNode>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/common")
            .response(new TypeReference<ConnectionDetails<CommonSignup, JsonNode>>() { }.getType());
    /** Path and operationId GUESSED (ENDPOINTS.md #53: "unknown"); only the response {@code {ref}} is known. */
    public static final Operation LINK = Operation
            .get("/accounts/{aid}/management/settings/connections/common/link")
            .response(CommonSignupLink.class);

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public CommonApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET);
    }

    /**
     * A link to the account's Common signup, used by the Dintero onboarding team. The path is a guess (see
     * {@link #LINK}); verify it before relying on it.
     */
    public CommonSignupLink link(String aid) {
        return transport().send(ApiRequest.to(LINK).path("aid", aid));
    }
}
