package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /accounts/{oid}/auth/token}. One record serves every grant because the endpoint takes one
 * body whose fields depend on {@code grant_type}; the factories fill in exactly the fields a grant needs, and the
 * mapper leaves the others out.
 *
 * <p>The seed names only {@code grant_type} (and, in its changelog, {@code ident_type}/{@code ident} for
 * {@code authorization_code}); the other field names come from the 2021 SDK's token models (Password, MfaOob,
 * RefreshToken, AuthorizationCode), which agree with the seed's prose.
 */
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("audience") String audience,
        @JsonProperty("username") String username,
        @JsonProperty("password") String password,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("mfa_token") String mfaToken,
        @JsonProperty("oob_code") String oobCode,
        @JsonProperty("binding_code") String bindingCode,
        @JsonProperty("ident_type") String identType,
        @JsonProperty("ident") String ident,
        @JsonProperty("verification_code") String verificationCode,
        @JsonProperty("otp") String otp) {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final String PASSWORD = "password";
    public static final String REFRESH_TOKEN = "refresh_token";
    /**
     * The token endpoint's text says {@code grant_type=mfa-oob}; the challenge and recovery texts say
     * {@code mfa_oob}. The token endpoint is the one that reads it, so its spelling wins.
     */
    public static final String MFA_OOB = "mfa-oob";
    /**
     * A code from the user's authenticator app (TOTP) with the {@code mfa_token}: no challenge is sent first. The seed
     * names TOTP only where it is configured ({@code /account/user/mfa/totp}); the grant's name and its {@code otp}
     * field follow Auth0's, which the seed's MFA flow mirrors, and are what the sandbox accepts.
     */
    public static final String MFA_OTP = "mfa-otp";
    /** Passwordless: a one-time verification code for an email or phone number. */
    public static final String AUTHORIZATION_CODE = "authorization_code";
    /**
     * The seed's prose names {@code account_user_token}; its only example body says {@code "account_user"}. The prose
     * is repeated on the published docs page, so it is used here.
     */
    public static final String ACCOUNT_USER_TOKEN = "account_user_token";

    private static TokenRequest of(String grantType, String audience) {
        return new TokenRequest(grantType, audience, null, null, null, null, null, null, null, null, null, null);
    }

    /** The client's own token; sent with HTTP Basic client id and secret. */
    public static TokenRequest clientCredentials(String audience) {
        return of(CLIENT_CREDENTIALS, audience);
    }

    /** A user's token from username and password; may be answered with {@code mfa_required}. */
    public static TokenRequest password(String username, String password, String audience) {
        return new TokenRequest(PASSWORD, audience, username, password, null, null, null, null, null, null, null, null);
    }

    /** A new access token from a refresh token. */
    public static TokenRequest refreshToken(String refreshToken) {
        return new TokenRequest(REFRESH_TOKEN, null, null, null, refreshToken, null, null, null, null, null, null,
                null);
    }

    /**
     * Completes an MFA challenge: the {@code mfa_token} from the {@code mfa_required} error, the {@code oob_code}
     * from the challenge, and the code the user received ({@code binding_code}, when the challenge's binding method
     * is {@code prompt}).
     */
    public static TokenRequest mfaOob(String mfaToken, String oobCode, String bindingCode) {
        return new TokenRequest(MFA_OOB, null, null, null, null, mfaToken, oobCode, bindingCode, null, null, null,
                null);
    }

    /** Completes a sign-in that asked for a second factor with the code the user's authenticator app shows now. */
    public static TokenRequest mfaOtp(String mfaToken, String otp) {
        return new TokenRequest(MFA_OTP, null, null, null, null, mfaToken, null, null, null, null, null, otp);
    }

    /**
     * Passwordless sign-in: the one-time code sent to {@code ident} ({@code identType} {@code email} or
     * {@code phone_number}).
     */
    public static TokenRequest passwordless(String identType, String ident, String verificationCode, String audience) {
        return new TokenRequest(AUTHORIZATION_CODE, audience, null, null, null, null, null, null, identType, ident,
                verificationCode, null);
    }

    /** Trades an account user's JWT (or an external ID token), sent as the Bearer, for an access token. */
    public static TokenRequest accountUserToken(String audience) {
        return of(ACCOUNT_USER_TOKEN, audience);
    }

    /** Keeps passwords, tokens and codes out of logs and exception messages. */
    @Override
    public String toString() {
        return "TokenRequest[grantType=" + grantType + ", audience=" + audience + ", username=" + username
                + ", identType=" + identType + ", ident=" + ident + ", secrets=<redacted>]";
    }
}
