package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.TokenSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The tokens of a signed-in user, as the Bearer source of the transport that acts as that user. Renews the access
 * token before it expires with the refresh token (one refresh at a time, however many callers find it stale), keeps a
 * refresh token the server rotates, and reports once when the session is over because the refresh token was refused.
 *
 * <p>The refresh grant itself goes through {@code clientAuth}, the client's {@link AuthApi}: the seed requires the
 * Bearer of a refresh to be a token of the client that created the refresh token, not the user's own.
 */
public final class UserTokenSource implements TokenSource {

    private final AuthApi clientAuth;
    private final String oid;
    private final Clock clock;
    private final Consumer<SessionExpired> onExpired;

    private String accessToken;
    private String refreshToken;
    private Instant renewAt;
    /** Volatile, read without the lock: a UI shows it while a refresh may hold the lock over a network call. */
    private volatile Instant expiresAt;
    private volatile SessionExpired expired;

    /**
     * @param clientAuth the client's auth API, which sends the refresh grant
     * @param oid        the account the user signed in to (the token endpoint's {@code oid})
     * @param signedIn   the tokens of the sign-in, e.g. from {@link PasswordSignIn.SignedIn}
     * @param onExpired  told once, outside any lock, when the session ends; the UI then asks the user to sign in
     */
    public UserTokenSource(AuthApi clientAuth, String oid, TokenResponse signedIn, Clock clock,
                           Consumer<SessionExpired> onExpired) {
        this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
        this.oid = Objects.requireNonNull(oid, "oid");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onExpired = onExpired == null ? expired -> { } : onExpired;
        if (signedIn == null || signedIn.accessToken() == null || signedIn.accessToken().isBlank()) {
            throw new IllegalArgumentException("A signed-in user needs an access token.");
        }
        accept(signedIn, clock.instant());
    }

    /**
     * The user's access token, renewed first when it is due.
     *
     * @throws SessionExpired when the refresh token was refused (or there is none and the token expired)
     * @throws ApiException   when the refresh failed for another reason and the old token has expired; the tokens
     *                        are kept, so a later call tries again
     */
    @Override
    public String accessToken() {
        SessionExpired ended;
        synchronized (this) {
            if (expired != null) {
                throw expired.again();
            }
            Instant now = clock.instant();
            if (accessToken != null && now.isBefore(renewAt)) {
                return accessToken;
            }
            try {
                return refresh(now);
            } catch (SessionExpired justEnded) {
                ended = justEnded;
            }
        }
        onExpired.accept(ended);
        throw ended;
    }

    /** The server refused {@code token}: the next {@link #accessToken()} refreshes instead of returning it. */
    @Override
    public synchronized void invalidate(String token) {
        if (accessToken != null && accessToken.equals(token)) {
            accessToken = null;
        }
    }

    /**
     * When the access token in hand expires; the next call after {@code renewAt} renews it first, so a busy session
     * outlives this. Shown in the status bar, never the token itself.
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether the session can still produce tokens. Never waits for a refresh under way. */
    public boolean active() {
        return expired == null;
    }

    /**
     * Signs the user out: revokes the refresh token on the server and forgets both tokens. The tokens are forgotten
     * even when the revoke fails (the failure is rethrown), so a sign-out never leaves a usable session behind here.
     */
    public void signOut() {
        String toRevoke;
        synchronized (this) {
            toRevoke = refreshToken;
            accessToken = null;
            refreshToken = null;
            expired = SessionExpired.withoutRefreshToken();
        }
        if (toRevoke != null) {
            clientAuth.revoke(oid, toRevoke);
        }
    }

    private String refresh(Instant now) {
        if (refreshToken == null) {
            expired = SessionExpired.withoutRefreshToken();
            throw expired;
        }
        TokenResponse renewed;
        try {
            renewed = clientAuth.refreshToken(oid, refreshToken);
        } catch (ApiException failed) {
            if (refused(failed)) {
                accessToken = null;
                refreshToken = null;
                expired = SessionExpired.refused(failed);
                throw expired;
            }
            // A network or server hiccup: a token that has not expired yet is still good for this call.
            if (accessToken != null && now.isBefore(expiresAt)) {
                return accessToken;
            }
            throw failed;
        }
        if (renewed == null || renewed.accessToken() == null || renewed.accessToken().isBlank()) {
            throw new ApiException.Unauthorized("invalid_token_response",
                    "The token endpoint answered without an access token.", null, null);
        }
        accept(renewed, now);
        return accessToken;
    }

    private void accept(TokenResponse tokens, Instant now) {
        accessToken = tokens.accessToken();
        if (tokens.refreshToken() != null && !tokens.refreshToken().isBlank()) {
            refreshToken = tokens.refreshToken(); // the server may rotate it; keep the old one otherwise
        }
        renewAt = ClientCredentialsTokenSource.renewAt(now, tokens.expiresIn());
        expiresAt = tokens.expiresIn() == null || tokens.expiresIn() <= 0 ? now
                : now.plusSeconds(tokens.expiresIn());
    }

    /** The refresh token (or the grant) was turned down, as opposed to the server or network failing. */
    private static boolean refused(ApiException failed) {
        return failed instanceof ApiException.Validation
                || failed instanceof ApiException.Unauthorized
                || failed instanceof ApiException.Forbidden;
    }

    @Override
    public synchronized String toString() {
        return "UserTokenSource[oid=" + oid + ", renewAt=" + renewAt + ", active=" + (expired == null)
                + ", tokens=<redacted>]";
    }
}
