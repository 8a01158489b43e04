package io.accountsdesk.client.connections.applepay;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.ConnectionDetails;
import io.accountsdesk.client.connections.ConnectionSignupRequest;
import io.accountsdesk.client.connections.ProviderConnectionApi;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * The Apple Pay connection of an account (payment type {@code dintero.applepay}): start a signup and read where it
 * stands; the seed has no callback for it. The connection keeps a list of {@code signups}.
 *
 * <p>The path segment {@code applepay} is GUESSED (ENDPOINTS.md #61, #62; it could be {@code apple-pay}); verify it
 * against the live API.
 */
public final class ApplePayApi extends ProviderConnectionApi<ApplePaySignup, ApplePayConfiguration> {

    public static final Operation SIGNUP = Operation
            .post("/accounts/{aid}/management/settings/connections/applepay")
            .request(new TypeReference<ConnectionSignupRequest<ApplePaySignup>>() { }.getType())
            .response(new TypeReference<ConnectionDetails<ApplePaySignup, ApplePayConfiguration>>() { }.getType());
    public static final Operation GET = Operation
            .get("/accounts/{aid}/management/settings/connections/applepay")
            .response(new TypeReference<ConnectionDetails<ApplePaySignup, ApplePayConfiguration>>() { }.getType());

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public ApplePayApi(HttpTransport transport, String oid) {
        super(transport, oid, SIGNUP, GET);
    }
}
