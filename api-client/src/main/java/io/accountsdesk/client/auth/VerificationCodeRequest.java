package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{oid}/auth/passwordless/code}: create a one-time code for a user, for the
 * caller to deliver itself.
 *
 * @param clientId the client whose grants the user gets
 * @param userId   the user (subject) to grant access
 */
public record VerificationCodeRequest(
        @JsonProperty("audience") String audience,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("user_id") String userId) {
}
