package io.accountsdesk.app.session;

import io.accountsdesk.client.auth.UserTokenSource;
import java.util.Objects;

/**
 * The person behind a session that was opened with a person's own sign-in (password, one-time code or OpenID
 * Connect) rather than an API client's secret. The session's client carries {@link #tokens()} as its Bearer; the
 * tokens renew themselves and are revoked at sign-out.
 *
 * @param username     what the person signed in with (an e-mail address or a phone number), for the status bar
 * @param how          which way they signed in, for the status bar and the audit of a support case
 * @param tokens       the person's tokens; never shown, logged or kept in a file
 * @param viaClient    the API client's own session through which the person signed in: its client sends the refresh
 *                     and revoke grants, so it lives as long as the person's session; {@code null} when the caller
 *                     keeps it (tests)
 */
public record SignedInPerson(String username, Way how, UserTokenSource tokens, Session viaClient) {

    /** The ways a person signs in. */
    public enum Way { PASSWORD, PASSWORDLESS, OIDC }

    public SignedInPerson {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** A person whose API client's session the caller closes itself. */
    public SignedInPerson(String username, Way how, UserTokenSource tokens) {
        this(username, how, tokens, null);
    }

    @Override
    public String toString() {
        return "SignedInPerson[username=" + username + ", how=" + how + ", tokens=<redacted>]";
    }
}
