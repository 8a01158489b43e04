package io.accountsdesk.client.signup;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a finished signup: the new account, and access tokens when they were asked for with
 * {@code authorize=Bearer}.
 *
 * @param previousPasswordToken a token for setting the new user's first password
 */
public record SignupTokens(
        @JsonProperty("account_id") String accountId,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("email") String email,
        @JsonProperty("previous_password_token") String previousPasswordToken) {

    /** Keeps the tokens out of logs and exception messages that print records. */
    @Override
    public String toString() {
        return "SignupTokens[accountId=" + accountId + ", email=" + email + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn + ", tokens=<redacted>]";
    }
}
