package io.accountsdesk.app.session.keychain;

import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.auth.UserTokenSource;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.users.UserProfile;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Remember me on this computer", kept in the OS keychain and nowhere else. Two kinds of secret may be kept, each
 * under the place it belongs to (environment, base URL, partner): the refresh token of the person who signed in there
 * (one per place: the next start signs them in again without a form), and the secret of an API client (so the form
 * fills it in, unseen). Nothing else is kept, and without a keychain nothing at all.
 */
public final class RememberMe {

    private static final Logger LOG = LoggerFactory.getLogger(RememberMe.class);

    /** Where a remembered secret belongs. */
    public record Where(Environment environment, String baseUrl, String partnerId) {

        public Where {
            Objects.requireNonNull(environment, "environment");
            // Only a custom URL tells places apart: Dintero's is fixed, and the embedded sandbox listens on a new
            // port each run while being one place all the same.
            baseUrl = baseUrl == null || environment != Environment.CUSTOM ? "" : baseUrl;
            // The embedded sandbox has its one partner.
            partnerId = partnerId == null || environment == Environment.SANDBOX ? "" : partnerId;
        }

        public static Where of(Session session) {
            return new Where(session.environment(), session.baseUrl(), session.partnerId());
        }

        String key(String kind, String extra) {
            return kind + " " + environment.name().toLowerCase(java.util.Locale.ROOT) + " " + baseUrl + " "
                    + partnerId + (extra == null ? "" : " " + extra);
        }
    }

    /** What came of trying to sign the remembered person in again. */
    public sealed interface Restored {

        /** Nobody was remembered here. */
        record Nobody() implements Restored {
        }

        /** Fresh tokens for the person, who signed in {@code how} when they asked to be remembered. */
        record SignedIn(TokenResponse tokens, String username, SignedInPerson.Way how) implements Restored {
            @Override
            public String toString() {
                return "SignedIn[username=" + username + ", how=" + how + ", tokens=<redacted>]";
            }
        }

        /** The server turned the remembered token down (revoked, expired, user removed); it is forgotten. */
        record Refused(ApiException why) implements Restored {
        }

        /** The server could not be asked (network, outage); the token is kept for the next try. */
        record Failed(RuntimeException why) implements Restored {
        }
    }

    private static final String PERSON = "refresh-token";
    private static final String CLIENT_SECRET = "client-secret";

    private final Keychain keychain;

    public RememberMe(Keychain keychain) {
        this.keychain = keychain;
    }

    public Keychain.Availability availability() {
        return keychain.availability();
    }

    /**
     * Keeps the refresh token of a sign-in at {@code where}. Returns false when there is none to keep (a way that gives
     * no refresh token) or no keychain.
     */
    public boolean rememberPerson(Where where, SignedInPerson.Way how, TokenResponse tokens)
            throws Keychain.KeychainException {
        if (tokens == null || tokens.refreshToken() == null || tokens.refreshToken().isBlank()
                || !keychain.availability().available()) {
            return false;
        }
        keychain.store(where.key(PERSON, null), entry(how, tokens.refreshToken()));
        return true;
    }

    /** The way goes with the token (it is no secret): the status bar and the audit say how the person signed in. */
    private static String entry(SignedInPerson.Way how, String refreshToken) {
        return how.name() + " " + refreshToken;
    }

    public boolean remembersPerson(Where where) {
        return keychain.read(where.key(PERSON, null)).isPresent();
    }

    /** Forgets the person at {@code where}: at sign-out, and when the server refused their token. */
    public void forgetPerson(Where where) {
        try {
            keychain.delete(where.key(PERSON, null));
        } catch (Keychain.KeychainException failed) {
            LOG.warn("Could not remove the remembered sign-in from the keychain: {}", failed.getMessage());
        }
    }

    /**
     * Renews the remembered person's tokens at the client session's place with the {@code refresh_token} grant, and
     * reads who they are. Blocking: run it as a background task. The caller opens the person's session.
     */
    public Restored restorePerson(Session clientSession) {
        Where where = Where.of(clientSession);
        Optional<String> remembered = keychain.read(where.key(PERSON, null));
        int space = remembered.map(e -> e.indexOf(' ')).orElse(-1);
        if (space < 0) {
            return new Restored.Nobody();
        }
        SignedInPerson.Way how;
        try {
            how = SignedInPerson.Way.valueOf(remembered.get().substring(0, space));
        } catch (IllegalArgumentException unknown) {
            forgetPerson(where);
            return new Restored.Nobody();
        }
        String refreshToken = remembered.get().substring(space + 1);
        String partner = clientSession.partnerId();
        try {
            TokenResponse renewed = clientSession.client().auth().refreshToken(partner, refreshToken);
            String current = renewed.refreshToken() == null ? refreshToken : renewed.refreshToken();
            if (!current.equals(refreshToken)) {
                // The server rotated it: only the new one will work next time.
                keychain.store(where.key(PERSON, null), entry(how, current));
            }
            TokenResponse tokens = new TokenResponse(renewed.accessToken(), renewed.tokenType(), renewed.expiresIn(),
                    current);
            return new Restored.SignedIn(tokens, username(clientSession, tokens), how);
        } catch (ApiException.Validation | ApiException.Unauthorized | ApiException.Forbidden refused) {
            forgetPerson(where);
            return new Restored.Refused(refused);
        } catch (RuntimeException failed) {
            return new Restored.Failed(failed);
        } catch (Keychain.KeychainException notKept) {
            LOG.warn("The rotated refresh token could not be kept: {}", notKept.getMessage());
            return new Restored.Failed(new IllegalStateException(notKept.getMessage(), notKept));
        }
    }

    /** Who the tokens are, in the words the status bar uses: their e-mail on this partner, else their id. */
    private static String username(Session clientSession, TokenResponse tokens) {
        UserTokenSource probe = new UserTokenSource(clientSession.client().auth(), clientSession.partnerId(), tokens,
                Clock.systemUTC(), e -> { });
        UserProfile profile = clientSession.client().signedInAs(probe).users().profile();
        return profile.accounts() == null ? profile.id() : profile.accounts().stream()
                .filter(m -> clientSession.partnerId().equals(m.accountId()) && m.user() != null)
                .map(m -> m.user().email() != null ? m.user().email() : m.user().name())
                .filter(Objects::nonNull).findFirst().orElse(profile.id());
    }

    /** Keeps an API client's secret for {@code clientId} at {@code where}. */
    public void rememberClientSecret(Where where, String clientId, String secret) throws Keychain.KeychainException {
        keychain.store(where.key(CLIENT_SECRET, clientId), secret);
    }

    /** The remembered secret of {@code clientId} at {@code where}, to fill the (masked) secret field. */
    public Optional<String> clientSecret(Where where, String clientId) {
        return clientId == null || clientId.isBlank() ? Optional.empty()
                : keychain.read(where.key(CLIENT_SECRET, clientId));
    }

    public void forgetClientSecret(Where where, String clientId) {
        try {
            keychain.delete(where.key(CLIENT_SECRET, clientId));
        } catch (Keychain.KeychainException failed) {
            LOG.warn("Could not remove the remembered client secret from the keychain: {}", failed.getMessage());
        }
    }
}
