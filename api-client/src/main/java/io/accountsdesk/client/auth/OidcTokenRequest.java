package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{oid}/auth/oidc/token}: the authorization code an external OpenID Connect
 * provider gave the user, traded for a Dintero access token.
 *
 * @param audience    required by the seed, although its example leaves it out
 * @param redirectUri the URL the user agent was sent back to after the external login
 */
public record OidcTokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("code") String code,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("redirect_uri") String redirectUri,
        @JsonProperty("audience") String audience) {

    public static OidcTokenRequest authorizationCode(String code, String clientId, String redirectUri,
                                                     String audience) {
        return new OidcTokenRequest(TokenRequest.AUTHORIZATION_CODE, code, clientId, redirectUri, audience);
    }

    @Override
    public String toString() {
        return "OidcTokenRequest[grantType=" + grantType + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", audience=" + audience + ", code=<redacted>]";
    }
}
