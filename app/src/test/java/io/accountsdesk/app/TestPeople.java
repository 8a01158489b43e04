package io.accountsdesk.app;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.auth.UserTokenSource;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.time.Clock;

/**
 * Sessions of people on a test sandbox, for tests of the screens a person uses ({@code /account/user}): signs a
 * user without a second factor in by password through the sandbox's own client, as the sign-in screen does.
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** The sandbox's demo admin ({@value DemoUsers#TRAINEE}), signed in by password. */
    public static Session trainee(Session clientSession) {
        return signIn(clientSession, DemoUsers.TRAINEE, DemoUsers.PASSWORD);
    }

    /** {@code username} signed in by password on the partner of {@code clientSession}; fails if MFA is asked for. */
    public static Session signIn(Session clientSession, String username, String password) {
        var auth = clientSession.client().auth();
        String partner = clientSession.partnerId();
        PasswordSignIn.Step step = new PasswordSignIn(auth, partner).start(username, password);
        if (!(step instanceof PasswordSignIn.SignedIn signedIn)) {
            throw new IllegalStateException(username + " needs a second factor: " + step);
        }
        UserTokenSource tokens = new UserTokenSource(auth, partner, signedIn.tokens(), Clock.systemUTC(), e -> { });
        return new Session(clientSession.environment(), clientSession.baseUrl(), partner,
                clientSession.client().signedInAs(tokens),
                new SignedInPerson(username, SignedInPerson.Way.PASSWORD, tokens));
    }
}
