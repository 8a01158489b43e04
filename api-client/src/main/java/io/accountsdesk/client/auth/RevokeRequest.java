package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /accounts/{oid}/auth/revoke}: the refresh token to invalidate. */
public record RevokeRequest(@JsonProperty("token") String token) {

    @Override
    public String toString() {
        return "RevokeRequest[token=<redacted>]";
    }
}
