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

/** Issues and verifies the sandbox's RS256 access tokens. */
public final class TokenService {

    /** The claim that names the account a token acts for; the bearer check compares it with the path's {@code oid}. */
    public static final String ACCOUNT_CLAIM = "account_id";
    public static final String SCOPE_CLAIM = "scope";
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
        // JWT times are whole seconds; anchoring exp on the truncated iat keeps expires_in exact.
        Instant issuedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(ttl);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(clientId)
                .audience(audience)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(SCOPE_CLAIM, PARTNER_SCOPE)
                .claim(ACCOUNT_CLAIM, accountId)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), ttl.toSeconds());
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
        List<String> scopes = scope instanceof String s ? Arrays.asList(s.split(" ")) : List.of();
        return new TokenPrincipal(accountId, claims.getSubject(), scopes);
    }
}
