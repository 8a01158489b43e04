package io.accountsdesk.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.AccountCreated;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's other ways to onboard, against the sandbox: a pre-filled form sent, read and accepted, and a signup
 * started and verified with the code from the sandbox's outbox, each waiting on the desk until it is finished.
 */
class SignupFlowsTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(5);

    @TempDir
    Path configDir;

    private TestServices services;
    private final List<Account> created = new ArrayList<>();

    private NewAccountWizardViewModel filledWizard(String name, String email) {
        services = TestServices.of(sandbox.session(), configDir, new ManualScheduler());
        services.services.events().subscribe(AccountCreated.class, event -> created.add(event.account()));
        NewAccountWizardViewModel wizard = new NewAccountWizardViewModel(services.services);
        wizard.activate(Place.of("new-account"));
        NewAccountWizardViewModelTest.fillRequired(wizard.application(), name,
                NewAccountWizardViewModelTest.norwegianNumber());
        wizard.application().applicantEmail.set(email);
        wizard.application().accountManager.set("anne.manager@example.com");
        wizard.stepShown(wizard.application().steps().size() - 1);
        assertThat(wizard.canCreateProperty().get()).isTrue();
        return wizard;
    }

    private OnboardingViewModel desk() {
        OnboardingViewModel desk = new OnboardingViewModel(services.services);
        desk.activate(Place.of("onboarding"));
        return desk;
    }

    private static String unique(String prefix) {
        return prefix + " " + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    @Test
    void aPrefilledFormWaitsOnTheDeskUntilItIsReadAndAccepted() {
        String name = unique("Prefilled Pub") + " AS";
        String email = "owner" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.no";
        NewAccountWizardViewModel wizard = filledWizard(name, email);
        String draftKey = services.services.draftKey(NewAccountWizardViewModel.DRAFT_FORM, wizard.draftId());

        wizard.sendPrefill();

        assertThat(wizard.sentProperty().get()).contains(name, email);
        assertThat(wizard.createdProperty().get()).as("no account yet: the merchant accepts").isNull();
        assertThat(services.drafts.load(draftKey)).as("the application is the form now").isEmpty();
        OnboardingViewModel desk = desk();
        assertThat(desk.waiting()).extracting(OnboardingViewModel.WaitingRow::title).containsExactly(name);
        OnboardingViewModel.WaitingRow row = desk.waiting().get(0);
        assertThat(row.kind()).isEqualTo("Pre-filled form");
        String prefillId = row.waiting().id();
        assertThat(sandbox.client().signup().getPrefill(prefillId).company().businessName()).isEqualTo(name);

        services.dialogs.confirmAnswer = false;
        desk.finish(row);
        assertThat(services.dialogs.of("confirm")).last().extracting(s -> s.message())
                .asString().contains(name, email, "anne.manager@example.com");
        assertThat(created).as("a no accepts nothing").isEmpty();

        services.dialogs.confirmAnswer = true;
        desk.finish(row);

        assertThat(created).extracting(Account::name).containsExactly(name);
        assertThat(sandbox.client().accounts().get(created.get(0).accountId()).applicant().email()).isEqualTo(email);
        assertThat(desk.waiting()).as("nothing waits once accepted").isEmpty();
    }

    @Test
    void aSignupIsVerifiedWithTheCodeTheApplicantGot() throws Exception {
        String name = unique("Signed Up Salon") + " AS";
        String email = "salon" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.no";
        NewAccountWizardViewModel wizard = filledWizard(name, email);

        wizard.startSignup();

        assertThat(wizard.sentProperty().get()).contains(email).contains("Sandbox only").contains("_sandbox/outbox");
        OnboardingViewModel desk = desk();
        OnboardingViewModel.WaitingRow row = desk.waiting().get(0);
        assertThat(row.kind()).isEqualTo("Signup (code)");

        services.dialogs.promptAnswer = "000000";
        desk.finish(row);
        assertThat(desk.waitingMessageProperty().get()).startsWith("The signup of " + name + " could not be verified");
        assertThat(services.dialogs.of("prompt")).last().extracting(s -> s.message()).asString()
                .contains(email, "Sandbox only");
        assertThat(created).isEmpty();

        services.dialogs.promptAnswer = codeSentTo(email);
        desk.finish(desk.waiting().get(0));

        assertThat(created).extracting(Account::name).containsExactly(name);
        assertThat(sandbox.client().accounts().list(AccountQuery.all().withSearch(name), null).items())
                .extracting(Account::accountId).containsExactly(created.get(0).accountId());
        assertThat(desk.waiting()).isEmpty();
    }

    /** The newest signup code in the sandbox's outbox, as a person would read it there. */
    private static String codeSentTo(String email) throws Exception {
        String base = sandbox.session().baseUrl().replaceAll("/+$", "");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/_sandbox/outbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode messages = new ObjectMapper().readTree(answer.body());
        JsonNode list = messages.isArray() ? messages : messages.path("messages");
        for (JsonNode message : list) {
            if ("signup_verification".equals(message.path("purpose").asText())) {
                return message.path("code").asText();
            }
        }
        throw new AssertionError("no signup code for " + email + " in " + answer.body());
    }
}
