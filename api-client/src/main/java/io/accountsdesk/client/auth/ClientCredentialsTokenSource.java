package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Caches the client-credentials token and renews it before it expires. Renewal is serialised, so many concurrent
 * calls that find the token stale cause one token request, not one each.
 */
public final class ClientCredentialsTokenSource implements TokenSource {

    /** Renew this long before expiry, so a token never expires in flight. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    private final AuthApi auth;
    private final String oid;
    private final Clock clock;
    private Cached cached;

    public ClientCredentialsTokenSource(AuthApi auth, String oid, Clock clock) {
        this.auth = auth;
        this.oid = oid;
        this.clock = clock;
    }

    @Override
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.renewAt())) {
            TokenResponse response = auth.clientCredentialsToken(oid);
            if (response.accessToken() == null || response.accessToken().isBlank()) {
                throw new ApiException.Unauthorized("invalid_token_response",
                        "The token endpoint answered without an access token.", null, null);
            }
            cached = new Cached(response.accessToken(), renewAt(now, response.expiresIn()));
        }
        return cached.token();
    }

    @Override
    public synchronized void invalidate(String token) {
        if (cached != null && cached.token().equals(token)) {
            cached = null;
        }
    }

    /** Renews a minute early, or at half-life for short-lived tokens, whichever comes first. */
    static Instant renewAt(Instant now, Long expiresInSeconds) {
        if (expiresInSeconds == null || expiresInSeconds <= 0) {
            return now; // unknown lifetime: use once, fetch again next time
        }
        Duration lifetime = Duration.ofSeconds(expiresInSeconds);
        Duration early = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
        return now.plus(lifetime).minus(early);
    }

    private record Cached(String token, Instant renewAt) {
        @Override
        public String toString() {
            return "Cached[renewAt=" + renewAt + "]";
        }
    }
}
