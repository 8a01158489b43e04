package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/** Auth and tokens. */
public final class AuthApi {

    public static final Operation TOKEN = Operation.post("/accounts/{oid}/auth/token")
            .request(TokenRequest.class).response(TokenResponse.class);

    private final HttpTransport transport;

    public AuthApi(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * Trades the client id and secret for an access token on {@code oid}. The audience is the account's URL under the
     * base URL, which is what Dintero expects for client-credentials grants.
     */
    public TokenResponse clientCredentialsToken(String oid) {
        String audience = transport.baseUrl().newBuilder().addPathSegment("accounts").addPathSegment(oid).build()
                .toString();
        return transport.send(ApiRequest.to(TOKEN)
                .path("oid", oid)
                .auth(ApiRequest.Auth.CLIENT_BASIC)
                .body(TokenRequest.clientCredentials(audience)), TokenResponse.class);
    }
}
