package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OIDC token endpoint's answer: a Dintero access token and what the external provider said about the user. */
public record OidcTokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("user_info") OidcUserInfo userInfo) {

    /** The token part, in the shape every other grant answers with. */
    public TokenResponse toTokenResponse() {
        return new TokenResponse(accessToken, tokenType, expiresIn, null);
    }

    @Override
    public String toString() {
        return "OidcTokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", userInfo=" + userInfo
                + ", accessToken=<redacted>]";
    }
}
