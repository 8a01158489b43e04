package io.accountsdesk.app.access;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.authusers.NewAuthUser;
import java.util.UUID;

/**
 * People of the tests' own: a username/password user made for one test, so a change of password or second factor
 * never touches the demo users other tests sign in as.
 */
public final class AccessTestUsers {

    /** The password every such user starts with; it meets the seed's rule (at least 8 characters). */
    public static final String PASSWORD = "Start-Pass-1";

    private AccessTestUsers() {
    }

    /** A new username unique across the sandbox (usernames are). */
    public static String newUsername(String what) {
        return what + "." + UUID.randomUUID().toString().substring(0, 8) + "@nordvik.example";
    }

    /** A new user of the partner, signed in by password. */
    public static Session freshPerson(SharedSandbox sandbox, String what) {
        String username = newUsername(what);
        sandbox.client().authUsers().create(sandbox.session().partnerId(),
                new NewAuthUser(username, null, null, PASSWORD));
        return TestPeople.signIn(sandbox.session(), username, PASSWORD);
    }
}
