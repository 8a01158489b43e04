package io.accountsdesk.app.session.keychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Remember me against a real sandbox: what is kept, how the person comes back, and what a refusal forgets. */
class RememberMeTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    private static TokenResponse passwordSignIn() {
        Session client = sandbox.session();
        PasswordSignIn.Step step = new PasswordSignIn(client.client().auth(), client.partnerId())
                .start(DemoUsers.TRAINEE, DemoUsers.PASSWORD);
        return ((PasswordSignIn.SignedIn) step).tokens();
    }

    @Test
    void theRememberedPersonIsSignedInAgainWithTheirRefreshTokenAlone() throws Exception {
        InMemoryKeychain keychain = new InMemoryKeychain();
        RememberMe remember = new RememberMe(keychain);
        RememberMe.Where where = RememberMe.Where.of(sandbox.session());
        TokenResponse tokens = passwordSignIn();

        assertThat(remember.rememberPerson(where, SignedInPerson.Way.PASSWORD, tokens)).isTrue();
        // Only the refresh token (and how the person signed in) is kept: no access token, password or username.
        assertThat(keychain.entries).hasSize(1).containsValue("PASSWORD " + tokens.refreshToken());
        assertThat(keychain.entries.keySet().iterator().next()).doesNotContain(DemoUsers.TRAINEE);

        RememberMe.Restored restored = remember.restorePerson(sandbox.session());

        assertThat(restored).isInstanceOf(RememberMe.Restored.SignedIn.class);
        RememberMe.Restored.SignedIn in = (RememberMe.Restored.SignedIn) restored;
        assertThat(in.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(in.how()).isEqualTo(SignedInPerson.Way.PASSWORD);
        assertThat(in.tokens().accessToken()).isNotEqualTo(tokens.accessToken());
        assertThat(in.toString()).doesNotContain(in.tokens().accessToken(), tokens.refreshToken());
        Session session = SessionFactory.openPerson(sandbox.session(), in.username(), in.how(), in.tokens(), e -> { });
        assertThat(session.client().users().profile().id()).isNotBlank();
        assertThat(remember.remembersPerson(where)).isTrue();

        // Sign-out revokes and forgets: the next start finds nobody.
        session.person().orElseThrow().tokens().signOut();
        remember.forgetPerson(where);
        assertThat(keychain.entries).isEmpty();
        assertThat(remember.restorePerson(sandbox.session())).isInstanceOf(RememberMe.Restored.Nobody.class);
    }

    @Test
    void aTokenTheServerNoLongerTakesIsForgottenAndSaidSo() throws Exception {
        InMemoryKeychain keychain = new InMemoryKeychain();
        RememberMe remember = new RememberMe(keychain);
        TokenResponse tokens = passwordSignIn();
        remember.rememberPerson(RememberMe.Where.of(sandbox.session()), SignedInPerson.Way.OIDC, tokens);
        sandbox.client().auth().revoke(sandbox.session().partnerId(), tokens.refreshToken());

        RememberMe.Restored restored = remember.restorePerson(sandbox.session());

        assertThat(restored).isInstanceOf(RememberMe.Restored.Refused.class);
        assertThat(((RememberMe.Restored.Refused) restored).why().getMessage()).isNotBlank();
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void aClientSecretIsKeptPerPlaceAndClient() throws Exception {
        InMemoryKeychain keychain = new InMemoryKeychain();
        RememberMe remember = new RememberMe(keychain);
        RememberMe.Where test = new RememberMe.Where(Environment.TEST, "https://api.dintero.com/v1", "T12300000");
        RememberMe.Where production = new RememberMe.Where(Environment.PRODUCTION, "https://api.dintero.com/v1",
                "P12300000");

        remember.rememberClientSecret(test, "client-a", "secret-a");

        assertThat(remember.clientSecret(test, "client-a")).contains("secret-a");
        assertThat(remember.clientSecret(test, "client-b")).isEmpty();
        assertThat(remember.clientSecret(production, "client-a")).isEmpty();
        remember.forgetClientSecret(test, "client-a");
        assertThat(keychain.entries).isEmpty();
    }

    @Test
    void withoutAKeychainNothingIsKeptAndTheReasonIsGiven() {
        RememberMe remember = new RememberMe(new NoKeychain("no Secret Service on this desktop"));

        assertThat(remember.availability().available()).isFalse();
        assertThat(remember.availability().reason()).isEqualTo("no Secret Service on this desktop");
        assertThat(remember.restorePerson(sandbox.session())).isInstanceOf(RememberMe.Restored.Nobody.class);
        assertThatThrownBy(() -> remember.rememberClientSecret(RememberMe.Where.of(sandbox.session()), "c", "s"))
                .isInstanceOf(Keychain.KeychainException.class).hasMessageNotContaining("s\"");
    }

    @Test
    void aSignInWithoutARefreshTokenHasNothingToRemember() throws Exception {
        InMemoryKeychain keychain = new InMemoryKeychain();
        boolean kept = new RememberMe(keychain).rememberPerson(RememberMe.Where.of(sandbox.session()),
                SignedInPerson.Way.OIDC, new TokenResponse("access", "Bearer", 60L, null));
        assertThat(kept).isFalse();
        assertThat(keychain.entries).isEmpty();
    }

    /** The real keychain of this computer, where there is one (not on a headless build machine). */
    @Test
    void theOsKeychainKeepsReadsAndDeletes() throws Exception {
        OsKeychain keychain = new OsKeychain();
        Keychain.Availability availability = keychain.availability();
        Assumptions.assumeTrue(availability.available(), () -> "no OS keychain here: " + availability.reason());
        String key = "test " + UUID.randomUUID();
        try {
            keychain.store(key, "remembered-" + key);
            assertThat(keychain.read(key)).contains("remembered-" + key);
        } finally {
            keychain.delete(key);
        }
        assertThat(keychain.read(key)).isEmpty();
    }
}
