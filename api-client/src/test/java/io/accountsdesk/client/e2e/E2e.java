package io.accountsdesk.client.e2e;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.auth.UserTokenSource;
import java.time.Clock;

/** Small helpers shared by the end-to-end tests. */
final class E2e {

    static final String TRAINEE = "trainee@nordvik.example";
    static final String MFA_TRAINEE = "mfa.trainee@nordvik.example";
    static final String MFA_PHONE = "+4799999999";
    static final String PASSWORD = "Sandbox-Trainee-1";

    private E2e() {
    }

    /** Signs {@code username} in with a password (no second factor) and answers a client acting as them. */
    static ApiClient signedIn(ApiClient client, String username, String password) {
        String partner = client.config().accountId();
        PasswordSignIn.Step step = new PasswordSignIn(client.auth(), partner).start(username, password);
        if (!(step instanceof PasswordSignIn.SignedIn signedIn)) {
            throw new AssertionError(username + " did not sign in: " + step);
        }
        return client.signedInAs(new UserTokenSource(client.auth(), partner, signedIn.tokens(), Clock.systemUTC(), null));
    }
}
