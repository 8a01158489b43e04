package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in against a real sandbox: each way of failing lands on its own field. */
class SignInViewModelTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(io.accountsdesk.app.core.UiScheduler.IMMEDIATE), Throwable::getMessage);
    private final List<Session> signedIn = new ArrayList<>();
    private final List<SignInRequest> requests = new ArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, 5);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void closeSessions() {
        signedIn.forEach(Session::close);
    }

    private SignInViewModel model() {
        Function<SignInRequest, Session> opener = request -> {
            requests.add(request);
            return sandbox.factory().open(request);
        };
        return new SignInViewModel(opener, tasks, messages, signedIn::add);
    }

    private String sandboxUrl() {
        return sandbox.session().baseUrl();
    }

    @Test
    void theSandboxIsPreselectedAndNeedsNoInput() {
        SignInViewModel model = model();
        assertThat(model.environmentProperty().get()).isEqualTo(Environment.SANDBOX);
        assertThat(model.credentialsNeededProperty().get()).isFalse();

        assertThat(model.signIn()).isTrue();

        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).environment()).isEqualTo(Environment.SANDBOX);
        assertThat(signedIn.get(0).partnerId()).matches("^[PT]\\d{3}00000$");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.busyTextProperty().get()).isEqualTo("Starting the local sandbox…");
    }

    @Test
    void aBadPartnerIdIsRefusedOnItsFieldBeforeAnythingIsSent() {
        SignInViewModel model = model();
        model.environmentProperty().set(Environment.TEST);
        model.partnerIdProperty().set("T1234");
        model.clientIdProperty().set("client");
        model.clientSecretProperty().set("secret");

        assertThat(model.signIn()).isFalse();

        assertThat(model.partnerIdErrorProperty().get()).contains("'T1234' is not a partner id");
        assertThat(model.clientSecretErrorProperty().get()).isEmpty();
        assertThat(requests).isEmpty();
        assertThat(model.partnerIdProperty().get()).as("what was typed is kept").isEqualTo("T1234");

        model.partnerIdProperty().set("T12300000");
        assertThat(model.partnerIdErrorProperty().get()).as("editing clears the error").isEmpty();
    }

    @Test
    void productionInsistsOnAProductionPartnerAndTestOnATestPartner() {
        SignInViewModel model = model();
        model.clientIdProperty().set("client");
        model.clientSecretProperty().set("secret");
        model.environmentProperty().set(Environment.PRODUCTION);
        model.partnerIdProperty().set("T12300000");
        assertThat(model.signIn()).isFalse();
        assertThat(model.partnerIdErrorProperty().get()).contains("is a test partner");

        model.environmentProperty().set(Environment.TEST);
        model.partnerIdProperty().set("P12300000");
        assertThat(model.signIn()).isFalse();
        assertThat(model.partnerIdErrorProperty().get()).contains("is a production partner");
        assertThat(requests).isEmpty();
    }

    @Test
    void missingFieldsEachGetTheirOwnMessage() {
        SignInViewModel model = model();
        model.environmentProperty().set(Environment.CUSTOM);
        assertThat(model.signIn()).isFalse();
        assertThat(model.baseUrlErrorProperty().get()).startsWith("Enter the API base URL");
        assertThat(model.partnerIdErrorProperty().get()).startsWith("Enter your partner id");
        assertThat(model.clientIdErrorProperty().get()).startsWith("Enter the client id");
        assertThat(model.clientSecretErrorProperty().get()).startsWith("Enter the client secret");

        model.baseUrlProperty().set("not a url");
        assertThat(model.signIn()).isFalse();
        assertThat(model.baseUrlErrorProperty().get()).startsWith("This is not an http(s) URL");

        // Plain http to another computer would carry the secret in the clear: refused before anything is sent.
        model.baseUrlProperty().set("http://api.example.com/v1");
        assertThat(model.signIn()).isFalse();
        assertThat(model.baseUrlErrorProperty().get()).startsWith("Plain http:// would send the client secret");
        model.baseUrlProperty().set("http://localhost:9/v1");
        model.signIn();
        assertThat(model.baseUrlErrorProperty().get()).isEmpty();
    }

    @Test
    void aWrongSecretIsReportedOnTheSecretField() {
        SignInViewModel model = model();
        model.environmentProperty().set(Environment.CUSTOM);
        model.baseUrlProperty().set(sandboxUrl());
        model.partnerIdProperty().set(sandbox.session().partnerId());
        model.clientIdProperty().set(sandbox.session().client().config().credentials().clientId());
        model.clientSecretProperty().set("definitely-wrong");

        assertThat(model.signIn()).isTrue();

        assertThat(signedIn).isEmpty();
        assertThat(model.clientSecretErrorProperty().get()).startsWith("The client id or secret was not accepted");
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.clientSecretProperty().get()).isEqualTo("definitely-wrong");
    }

    @Test
    void theRightCredentialsOnACustomUrlSignIn() {
        SignInViewModel model = model();
        model.environmentProperty().set(Environment.CUSTOM);
        model.baseUrlProperty().set(sandboxUrl());
        model.partnerIdProperty().set(sandbox.session().partnerId());
        model.clientIdProperty().set(sandbox.session().client().config().credentials().clientId());
        model.clientSecretProperty().set(sandbox.session().client().config().credentials().clientSecret());

        model.signIn();

        assertThat(signedIn).hasSize(1);
        assertThat(signedIn.get(0).environment()).isEqualTo(Environment.CUSTOM);
        assertThat(model.clientSecretProperty().get()).as("the secret is not kept after use").isEmpty();
    }

    @Test
    void anUnreachableServerIsReportedForTheWholeForm() {
        SignInViewModel model = model();
        model.environmentProperty().set(Environment.CUSTOM);
        model.baseUrlProperty().set("http://127.0.0.1:9/v1");
        model.partnerIdProperty().set("T12300000");
        model.clientIdProperty().set("client");
        model.clientSecretProperty().set("secret");

        model.signIn();

        assertThat(model.formErrorProperty().get())
                .isEqualTo("Nothing answers at 127.0.0.1:9. Check that the server is running, then try again.");
        assertThat(model.clientSecretErrorProperty().get()).isEmpty();
        assertThat(model.partnerIdErrorProperty().get()).isEmpty();
    }

    /** Under a burst of 429s the sandbox did start; the card must not say it could not, and says to wait instead. */
    @Test
    void aRateLimitedSandboxSignInIsNotCalledAFailedStart(@TempDir Path limitedDir) {
        try (TestSandbox limited = TestSandbox.start(limitedDir, 2)) {
            limited.sandbox().injectFaults(io.accountsdesk.sandbox.http.FaultPlan.parse(
                    "route=/accounts/*/auth/token, burst429=50, every=50, retry_after=1"));
            SignInViewModel card = new SignInViewModel(limited.factory()::open, tasks, messages, signedIn::add);

            card.signIn();

            assertThat(signedIn).isEmpty();
            String said = card.formErrorProperty().get();
            assertThat(said).isNotBlank().doesNotContain(messages.format("signIn.error.sandbox", "").strip());
        }
    }
}
