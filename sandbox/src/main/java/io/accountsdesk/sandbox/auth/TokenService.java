package io.accountsdesk.sandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Issues and verifies the sandbox's RS256 access tokens.
 *
 * <p>Claims: {@code iss}, {@code sub}, {@code aud}, {@code iat}, {@code exp}, {@code jti}, {@code scope} (space
 * separated), {@code account_id} (the account the token acts on) and {@code client_id} (RFC 9068: the client that
 * obtained it). A client's token has {@code sub} = its client id; a user's token has {@code sub} = the user id and
 * also carries {@code username}. Tokens issued before {@code client_id} existed verify as client tokens.
 */
public final class TokenService {

    /** The claim that names the account a token acts for; the bearer check compares it with the path's {@code oid}. */
    public static final String ACCOUNT_CLAIM = "account_id";
    public static final String SCOPE_CLAIM = "scope";
    public static final String CLIENT_CLAIM = "client_id";
    public static final String USERNAME_CLAIM = "username";
    /** A partner's client may manage its sub-accounts; finer scopes arrive with the routes that need them. */
    static final String PARTNER_SCOPE = "admin:accounts read:accounts write:accounts";

    private final RSAKey key;
    private final RSASSASigner signer;
    private final RSASSAVerifier verifier;
    private final Duration ttl;
    private final Clock clock;

    public TokenService(RSAKey key, Duration ttl, Clock clock) {
        this.key = key;
        this.ttl = ttl;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key);
            this.verifier = new RSASSAVerifier(key.toPublicJWK());
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key", e);
        }
    }

    public record IssuedToken(String accessToken, long expiresIn) {
    }

    /**
     * Whom a token is for.
     *
     * @param userId   {@code null} for a client's own token
     * @param username shown in the token for a user, {@code null} otherwise
     */
    public record Subject(String accountId, String clientId, String userId, String username, List<String> scopes) {
        public Subject {
            scopes = List.copyOf(scopes);
        }

        /** A partner client's own token on its account. */
        public static Subject client(String accountId, String clientId) {
            return new Subject(accountId, clientId, null, null, Arrays.asList(PARTNER_SCOPE.split(" ")));
        }
    }

    /** Why a bearer token was refused; the message is safe to show (it never contains the token). */
    public static final class RejectedToken extends Exception {
        RejectedToken(String message) {
            super(message, null, false, false);
        }
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public Duration ttl() {
        return ttl;
    }

    public IssuedToken issue(String issuer, String clientId, String audience, String accountId) {
        return issue(issuer, audience, Subject.client(accountId, clientId));
    }

    public IssuedToken issue(String issuer, String audience, Subject subject) {
        // JWT times are whole seconds; anchoring exp on the truncated iat keeps expires_in exact.
        Instant issuedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(ttl);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject.userId() != null ? subject.userId() : subject.clientId())
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(SCOPE_CLAIM, String.join(" ", subject.scopes()))
                .claim(ACCOUNT_CLAIM, subject.accountId())
                .claim(CLIENT_CLAIM, subject.clientId());
        if (subject.userId() != null && subject.username() != null) {
            claims.claim(USERNAME_CLAIM, subject.username());
        }
        return new IssuedToken(sign(claims.build()), ttl.toSeconds());
    }

    /** Signs any claims with the sandbox key (ID tokens of {@code /auth/redirect} use it too). */
    public String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    public Clock clock() {
        return clock;
    }

    public TokenPrincipal verify(String compact) throws RejectedToken {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(compact);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new RejectedToken("The access token is not a well-formed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new RejectedToken("The access token must be signed with RS256");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw new RejectedToken("The access token's signature does not verify with this sandbox's key"
                        + " (was it issued by another sandbox or before a --reset?)");
            }
        } catch (JOSEException e) {
            throw new RejectedToken("The access token's signature cannot be checked: " + e.getMessage());
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw new RejectedToken("The access token has no expiry (exp)");
        }
        if (!clock.instant().isBefore(expiry.toInstant())) {
            throw new RejectedToken("The access token expired at " + expiry.toInstant() + "; request a new one");
        }
        Object account = claims.getClaim(ACCOUNT_CLAIM);
        if (!(account instanceof String accountId)) {
            throw new RejectedToken("The access token names no account (" + ACCOUNT_CLAIM + ")");
        }
        Object scope = claims.getClaim(SCOPE_CLAIM);
        List<String> scopes = scope instanceof String s && !s.isBlank() ? Arrays.asList(s.split(" ")) : List.of();
        String subject = claims.getSubject();
        Object client = claims.getClaim(CLIENT_CLAIM);
        if (client instanceof String clientId && !clientId.equals(subject)) {
            return new TokenPrincipal(accountId, clientId, scopes, subject);
        }
        return new TokenPrincipal(accountId, subject, scopes);
    }
}
