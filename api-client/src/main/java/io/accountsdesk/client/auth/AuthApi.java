package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.List;

/**
 * Signing in and tokens: every grant of the token endpoint, MFA challenges, passwordless codes, OIDC, exchange
 * tokens for sub-accounts, revoking, redirects with an ID token and the public keys.
 *
 * <p>Which credentials a call carries is decided by the transport this API is bound to: the client-credentials grant
 * sends HTTP Basic; the other grants send the transport's Bearer token, which the seed says must be a token of the
 * client itself (for {@code password}, {@code authorization_code}, {@code refresh_token}) or of the partner (for the
 * exchange). Bind this API to the client's transport, not to a signed-in user's.
 */
public final class AuthApi {

    public static final Operation TOKEN = Operation.post("/accounts/{oid}/auth/token")
            .request(TokenRequest.class).response(TokenResponse.class);
    public static final Operation OIDC_TOKEN = Operation.post("/accounts/{oid}/auth/oidc/token")
            .request(OidcTokenRequest.class).response(OidcTokenResponse.class);
    /** The server answers 204; the seed shows only an error body. */
    public static final Operation PASSWORDLESS = Operation.post("/accounts/{oid}/auth/passwordless")
            .request(PasswordlessStart.class);
    public static final Operation PASSWORDLESS_CODE = Operation.post("/accounts/{oid}/auth/passwordless/code")
            .request(VerificationCodeRequest.class).response(VerificationCode.class);
    public static final Operation REDIRECT = Operation.post("/accounts/{oid}/auth/redirect")
            .request(RedirectRequest.class).response(RedirectResponse.class);
    public static final Operation REVOKE = Operation.post("/accounts/{oid}/auth/revoke")
            .request(RevokeRequest.class).response(Revoked.class);
    public static final Operation EXCHANGE_TOKEN = Operation.post("/accounts/{partner_id}/auth/exchange_token")
            .request(ExchangeRequest.class).response(TokenResponse.class);
    public static final Operation KEYS = Operation.get("/accounts/{oid}/auth/keys").responseList(Jwk.class);
    public static final Operation MFA_CHALLENGE = Operation.post("/accounts/{aid}/auth/mfa/challenge")
            .request(MfaChallengeRequest.class).response(MfaChallenge.class);
    public static final Operation MFA_RECOVERY = Operation.post("/accounts/{aid}/auth/mfa/recovery")
            .request(MfaRecoveryRequest.class).response(MfaChallenge.class);

    private final HttpTransport transport;

    public AuthApi(HttpTransport transport) {
        this.transport = transport;
    }

    /**
     * The audience for tokens that act on {@code oid}: the account's URL under the base URL, which is what Dintero
     * expects for the client-credentials and password grants.
     */
    public String audience(String oid) {
        return transport.baseUrl().newBuilder().addPathSegment("accounts").addPathSegment(oid).build().toString();
    }

    /** Trades the client id and secret (HTTP Basic) for an access token on {@code oid}. */
    public TokenResponse clientCredentialsToken(String oid) {
        return transport.send(ApiRequest.to(TOKEN)
                .path("oid", oid)
                .auth(ApiRequest.Auth.CLIENT_BASIC)
                .body(TokenRequest.clientCredentials(audience(oid))), TokenResponse.class);
    }

    /**
     * Sends any Bearer-authenticated grant to the token endpoint of {@code oid}. The named methods below cover the
     * grants the seed describes.
     *
     * @throws io.accountsdesk.client.http.ApiException with {@code code()} {@value PasswordSignIn#MFA_REQUIRED} when the
     *                                                  user must pass a second factor first
     */
    public TokenResponse token(String oid, TokenRequest grant) {
        return transport.send(ApiRequest.to(TOKEN).path("oid", oid).body(grant).credentialsInBody(),
                TokenResponse.class);
    }

    /** Signs a user in with username and password. {@link PasswordSignIn} drives the MFA steps that may follow. */
    public TokenResponse passwordToken(String oid, String username, String password, String audience) {
        return token(oid, TokenRequest.password(username, password, audience));
    }

    /** Completes an MFA challenge with the code the user received. */
    public TokenResponse mfaOobToken(String oid, String mfaToken, String oobCode, String bindingCode) {
        return token(oid, TokenRequest.mfaOob(mfaToken, oobCode, bindingCode));
    }

    /** Completes a sign-in that asked for a second factor with a code from the user's authenticator app. */
    public TokenResponse mfaOtpToken(String oid, String mfaToken, String otp) {
        return token(oid, TokenRequest.mfaOtp(mfaToken, otp));
    }

    /** A fresh access token for a signed-in user, from their refresh token. */
    public TokenResponse refreshToken(String oid, String refreshToken) {
        return token(oid, TokenRequest.refreshToken(refreshToken));
    }

    /** Signs a user in with a passwordless one-time code sent to {@code ident}. */
    public TokenResponse passwordlessToken(String oid, String identType, String ident, String verificationCode,
                                           String audience) {
        return token(oid, TokenRequest.passwordless(identType, ident, verificationCode, audience));
    }

    /** Invalidates a refresh token, for signing out or when it may have leaked. */
    public void revoke(String oid, String refreshToken) {
        transport.send(ApiRequest.to(REVOKE).path("oid", oid).body(new RevokeRequest(refreshToken)), Void.class);
    }

    /** A token with which partner {@code partnerId} acts on its sub-account {@code accountId}. */
    public TokenResponse exchangeToken(String partnerId, String accountId) {
        return transport.send(ApiRequest.to(EXCHANGE_TOKEN)
                .path("partner_id", partnerId)
                .body(new ExchangeRequest(accountId)), TokenResponse.class);
    }

    /**
     * Trades the authorization code of an external OpenID Connect login for a Dintero access token. The seed does not
     * say how this call authenticates; it is sent with the client's Bearer token like the token endpoint's
     * {@code authorization_code} grant.
     */
    public OidcTokenResponse oidcToken(String oid, OidcTokenRequest request) {
        return transport.send(ApiRequest.to(OIDC_TOKEN).path("oid", oid).body(request), OidcTokenResponse.class);
    }

    /** Sends a user a one-time sign-in code by email or SMS. Rate limited: expect {@code RateLimited}. */
    public void startPasswordless(String oid, PasswordlessStart request) {
        transport.send(ApiRequest.to(PASSWORDLESS).path("oid", oid).body(request), Void.class);
    }

    /** Creates a one-time sign-in code for a user, for the caller to deliver. */
    public VerificationCode createVerificationCode(String oid, VerificationCodeRequest request) {
        return transport.send(ApiRequest.to(PASSWORDLESS_CODE).path("oid", oid).body(request),
                VerificationCode.class);
    }

    /** Builds the URL to send a user to with an ID token attached. */
    public RedirectResponse redirect(String oid, RedirectRequest request) {
        return transport.send(ApiRequest.to(REDIRECT).path("oid", oid).body(request), RedirectResponse.class);
    }

    /** The public keys that validate access tokens of {@code oid}. Public, so sent without credentials. */
    public List<Jwk> keys(String oid) {
        return transport.send(ApiRequest.to(KEYS).path("oid", oid).auth(ApiRequest.Auth.NONE));
    }

    /** Asks the server to send the user an MFA code over {@code request.oobChannel()}. */
    public MfaChallenge mfaChallenge(String aid, MfaChallengeRequest request) {
        return transport.send(ApiRequest.to(MFA_CHALLENGE).path("aid", aid).body(request), MfaChallenge.class);
    }

    /**
     * Starts MFA recovery for a user who lost a factor: the first of two out-of-band challenges. Per the seed, the
     * {@code mfa-oob} grant that follows answers {@code mfa_required} when the first step succeeded.
     */
    public MfaChallenge mfaRecovery(String aid, MfaRecoveryRequest request) {
        return transport.send(ApiRequest.to(MFA_RECOVERY).path("aid", aid).body(request), MfaChallenge.class);
    }
}
