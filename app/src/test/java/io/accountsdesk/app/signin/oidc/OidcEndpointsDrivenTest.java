package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.app.signin.SignInViewModel;
import io.accountsdesk.app.signin.SignInWay;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance for single sign-on, checked rather than claimed: row 1 of {@code endpoints.tsv}
 * ({@code POST /accounts/{oid}/auth/oidc/token}) is called by the sign-in card's single-sign-on way, as a person
 * reaches it through their browser, and answered with success.
 */
class OidcEndpointsDrivenTest {

    @TempDir
    Path dataDir;

    @Test
    void theSignInCardDrivesTheOidcTokenOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(SpecEndpoints.range(1, 1));
        assertThat(expected).hasSize(1);
        List<Session> signedIn = new ArrayList<>();
        try (TestSandbox sandbox = TestSandbox.start(dataDir, 1)) {
            Set<String> called = SpecEndpoints.succeeded(() -> {
                Messages messages = Messages.load(Locale.ENGLISH);
                TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
                SignInViewModel card = new SignInViewModel(sandbox.factory()::open, tasks, messages, signedIn::add);
                OidcSignInViewModel way = SingleSignOnWay.model(card,
                        new SandboxUser(SandboxUser.Does.SIGN_IN, DemoUsers.TRAINEE), OidcProviderMemory.NONE, tasks,
                        messages);
                card.wayProperty().set(SignInWay.OIDC);
                way.signIn();
                assertThat(way.formErrorProperty().get()).isEmpty();
            });
            assertThat(called).containsAll(expected);
            assertThat(signedIn).singleElement().satisfies(session -> assertThat(session.person())
                    .hasValueSatisfying(p -> assertThat(p.how()).isEqualTo(SignedInPerson.Way.OIDC)));
            // Before the sandbox stops: signing out revokes on it.
            signedIn.forEach(Session::closeKeepingSignIn);
        }
    }
}
