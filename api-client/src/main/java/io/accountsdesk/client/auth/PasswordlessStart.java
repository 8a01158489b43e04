package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{oid}/auth/passwordless}: send a one-time sign-in code to a user.
 *
 * @param connection     how to send it: {@code email} or {@code sms}
 * @param email          the user's email address (the seed's table lost this field's name; its example has it)
 * @param type           {@code company} or {@code customer}; the email must belong to such a user
 * @param send           only {@value #SEND_CODE} is allowed
 * @param loginSessionId the id of an earlier request, to resend the same code
 */
public record PasswordlessStart(
        @JsonProperty("audience") String audience,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("connection") PasswordlessConnection connection,
        @JsonProperty("email") String email,
        @JsonProperty("type") PasswordlessUserType type,
        @JsonProperty("send") String send,
        @JsonProperty("login_session_id") String loginSessionId) {

    public static final String SEND_CODE = "code";

    /** Sends a code by email to a user of {@code type}. */
    public static PasswordlessStart byEmail(String audience, String clientId, String email, PasswordlessUserType type) {
        return new PasswordlessStart(audience, clientId, PasswordlessConnection.EMAIL, email, type, SEND_CODE, null);
    }

    /** The same request again, asking the server to resend the code of {@code sessionId}. */
    public PasswordlessStart resend(String sessionId) {
        return new PasswordlessStart(audience, clientId, connection, email, type, send, sessionId);
    }
}
