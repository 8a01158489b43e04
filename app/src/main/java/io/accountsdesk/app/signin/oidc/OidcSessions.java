package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.signin.PersonSignIn;
import io.accountsdesk.client.auth.TokenResponse;
import java.util.Optional;

/**
 * What the single-sign-on way needs from the sign-in card: the checked environment and API client, the client's
 * session (which sends {@code oidc/token} and, later, the refresh grants), and the step that turns the person's tokens
 * into the app's session.
 */
public interface OidcSessions {

    /** The card's environment and API client, or empty with the problems shown on the card's fields. */
    Optional<SignInRequest> where();

    /** Blocking: from a background task. */
    Session clientSession(SignInRequest request);

    /** The sign-in did not finish: the client's session is closed (a later attempt opens another). */
    void abandon(Session clientSession);

    /** On the UI thread: opens the person's session and hands it to the app. */
    void signedIn(Session clientSession, String username, TokenResponse tokens);

    /** The card's own {@link PersonSignIn}, as every person's way uses it. */
    static OidcSessions of(PersonSignIn people) {
        return new OidcSessions() {
            @Override
            public Optional<SignInRequest> where() {
                return people.where();
            }

            @Override
            public Session clientSession(SignInRequest request) {
                return people.clientSession(request);
            }

            @Override
            public void abandon(Session clientSession) {
                people.forgetClientSession();
            }

            @Override
            public void signedIn(Session clientSession, String username, TokenResponse tokens) {
                people.signedIn(clientSession, username, io.accountsdesk.app.session.SignedInPerson.Way.OIDC, tokens);
            }
        };
    }
}
