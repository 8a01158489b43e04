package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An access token as the token endpoint returns it. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("refresh_token") String refreshToken) {

    /** Keeps tokens out of logs and exception messages that print records. */
    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", accessToken=<redacted>]";
    }
}
