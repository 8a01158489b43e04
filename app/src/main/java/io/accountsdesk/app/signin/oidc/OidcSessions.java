package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.SessionExpired;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.auth.UserTokenSource;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the single-sign-on way gets its sessions: the API client's (which sends {@code oidc/token} and, later, the
 * refresh grants) and then the person's, carrying the tokens the code was traded for. Both block.
 */
public interface OidcSessions {

    Session clientSession(SignInRequest request);

    /** The person's session on top of {@code clientSession}, with {@code tokens} as its Bearer. */
    Session personSession(Session clientSession, TokenResponse tokens, String username);

    /**
     * Client sessions from {@code clients} (the session factory), and the person's session made on the client's
     * connections with the person's tokens as Bearer.
     *
     * @param onExpired told when the person's tokens can no longer be renewed
     */
    static OidcSessions over(Function<SignInRequest, Session> clients, Consumer<SessionExpired> onExpired) {
        return new OidcSessions() {
            @Override
            public Session clientSession(SignInRequest request) {
                return clients.apply(request);
            }

            @Override
            public Session personSession(Session client, TokenResponse tokens, String username) {
                UserTokenSource source = new UserTokenSource(client.client().auth(), client.partnerId(), tokens,
                        Clock.systemUTC(), onExpired);
                return new Session(client.environment(), client.baseUrl(), client.partnerId(),
                        client.client().signedInAs(source),
                        new SignedInPerson(username, SignedInPerson.Way.OIDC, source));
            }
        };
    }
}
