package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SandboxOutbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance for signing in, checked rather than claimed: rows 2, 5, 6, 26, 27 and 79 of
 * {@code endpoints.tsv} are called by the sign-in card and the account switcher, as a person reaches them, and
 * answered with success.
 */
class SignInEndpointsDrivenTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    @TempDir
    Path configDir;

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, 1);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theSignInDrivesEveryOperationOfAPersonsSignIn() throws Exception {
        Set<String> expected = SpecEndpoints.rows(Set.of(2, 5, 6, 7, 26, 27, 79));
        assertThat(expected).hasSize(7);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() throws Exception {
        List<Session> signedIn = new ArrayList<>();
        SignInViewModel card = new SignInViewModel(sandbox.factory()::open,
                TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage),
                new ManualScheduler(), Messages.load(Locale.ENGLISH), signedIn::add, () -> { });
        // 6 (password, then mfa-oob), 27 (recovery) and 26 (the second recovery code's challenge).
        card.wayProperty().set(SignInWay.PASSWORD);
        PasswordWayViewModel password = card.password();
        password.usernameProperty().set(DemoUsers.MFA_TRAINEE);
        password.passwordProperty().set(DemoUsers.PASSWORD);
        password.signIn();
        password.lostPhone();
        password.recover(OobChannel.SMS);
        password.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_PHONE, "mfa"));
        password.submitCode();
        password.sendCode(OobChannel.EMAIL);
        password.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_TRAINEE, "mfa"));
        password.submitCode();
        assertThat(signedIn).hasSize(1);
        Session person = signedIn.get(0);

        // 79: the account switcher reads the person's profile.
        AccountSwitcherViewModel switcher = new AccountSwitcherViewModel(
                TestServices.of(person, configDir).services, partner -> { });
        switcher.load();
        assertThat(switcher.accounts()).isNotEmpty();

        // 7: the person's session acts on a sub-account with a token exchanged for it, as an account's page does.
        var services = TestServices.of(person, configDir).services;
        String subAccount = sandbox.session().client().accounts()
                .stream(io.accountsdesk.client.accounts.AccountQuery.all().withLimit(1)).findFirst().orElseThrow()
                .accountId();
        List<Object> read = new ArrayList<>();
        services.tasks().run("the sub-account's price package as the person", task -> {
            try {
                return String.valueOf(services.subAccount(subAccount, task).pricing().ofAccount(subAccount) != null);
            } catch (io.accountsdesk.client.http.ApiException.NotFound none) {
                return "none";
            }
        }, read::add, read::add);
        assertThat(read).singleElement().isIn("true", "none");

        // 5: signing out revokes the refresh token.
        person.signOut().get(10, TimeUnit.SECONDS);

        // 2: a one-time code is sent (and 6 again, traded for a session).
        card.wayProperty().set(SignInWay.ONE_TIME_CODE);
        OneTimeCodeWayViewModel code = card.oneTimeCode();
        code.emailProperty().set(DemoUsers.TRAINEE);
        code.sendCode();
        code.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.TRAINEE, "passwordless"));
        code.submitCode();
        assertThat(signedIn).hasSize(2);
        signedIn.get(1).signOut().get(10, TimeUnit.SECONDS);
    }
}
