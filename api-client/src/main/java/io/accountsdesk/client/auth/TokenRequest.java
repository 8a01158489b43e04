package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /accounts/{oid}/auth/token} for the client-credentials grant. */
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("audience") String audience) {

    public static TokenRequest clientCredentials(String audience) {
        return new TokenRequest("client_credentials", audience);
    }
}
