package io.accountsdesk.client.connections.swish;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.CallbackConnectionApi;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.connections.StoreOverrides;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Swish connection of an account: start the signup, read where it stands, complete it (which enables Swish for
 * Checkout), and add store overrides. The connection keeps one {@code signup}. The account's company must have an
 * organization number (set with PUT /management/settings) before the signup starts.
 *
 * <p>The overrides path is GUESSED (ENDPOINTS.md #71). It shares its prefix with the callback path
 * {@code swish/{callback_reference}}, so a callback reference of {@code overrides} would reach the overrides route.
 */
public final class SwishApi extends CallbackConnectionApi<SwishSignup, SwishConfiguration, SwishCallback> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/swish")
            .request(new TypeReference<ConnectionSignupRequest<SwishSignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<SwishSignup, SwishConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/swish")
            .response(new TypeReference<ConnectionDetails<SwishSignup, SwishConfiguration>>() { }.getType());
    public static final Operation CALLBACK = Operation
            .post("/accounts/{aid}/management/settings/connections/swish/{callback_reference}")
            .request(SwishCallback.class)
            .response(EmptyAnswer.class);
    /** Method and path GUESSED (operationId unknown). */
    public static final Operation OVERRIDES = Operation
            .post("/accounts/{aid}/management/settings/connections/swish/overrides")
            .request(new TypeReference<StoreOverrides<SwishOverrideCredentials>>() { }.getType())
            .response(EmptyAnswer.class);

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public SwishApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET, CALLBACK);
    }

    /** Gives one store of an existing Swish connection its own Swish number. Path GUESSED, see {@link #OVERRIDES}. */
    public void addOverride(String aid, String storeId, SwishOverrideCredentials credentials) {
        transport().send(ApiRequest.to(OVERRIDES).path("aid", aid).body(StoreOverrides.of(storeId, credentials)));
    }
}
