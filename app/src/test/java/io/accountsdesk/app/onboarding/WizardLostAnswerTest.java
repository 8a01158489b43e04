package io.accountsdesk.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault soak's cut-off answers expose in the wizard: a create whose answer is lost (the sandbox cuts the body off after making
 * the account) is shown as a failure, and the user presses Create again. That second press must find the account
 * the first one made, not make another.
 *
 * <p>Seen to fail: before the wizard looked first, {@link #createPressedAgainAfterALostAnswerMakesNoSecondAccount}
 * found the organisation number on two accounts ({@code ["T30895986", "T42236875"]}).
 */
class WizardLostAnswerTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(3);

    @TempDir
    Path configDir;

    /** A wizard with every required field filled in, on its review step (where the duplicate check starts). */
    private static NewAccountWizardViewModel filledOnReview(TestServices services, String name, String number) {
        NewAccountWizardViewModel wizard = new NewAccountWizardViewModel(services.services);
        wizard.activate(Place.of("new-account"));
        NewAccountWizardViewModelTest.fillRequired(wizard.application(), name, number);
        wizard.stepShown(wizard.application().steps().size() - 1);
        return wizard;
    }

    @Test
    void createPressedAgainAfterALostAnswerMakesNoSecondAccount() {
        TestServices services = TestServices.of(sandbox.session(), configDir, new ManualScheduler());
        String name = "Lost Answer " + System.nanoTime() % 100_000 + " AS";
        String number = NewAccountWizardViewModelTest.norwegianNumber();
        NewAccountWizardViewModel wizard = filledOnReview(services, name, number);
        assertThat(wizard.canCreateProperty().get()).isTrue();

        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, method=POST,"
                + " truncate=1"));
        try {
            wizard.create();
        } finally {
            sandbox.sandbox().injectFaults(FaultPlan.none());
        }
        assertThat(wizard.createdProperty().get()).as("the answer was lost: the user sees a failure").isNull();
        assertThat(sandbox.client().accounts().list(AccountQuery.all().withSearch(number), null).items())
                .as("the server made it all the same").hasSize(1);

        assertThat(wizard.canCreateProperty().get()).as("the user may press Create again").isTrue();
        wizard.create();

        Account created = wizard.createdProperty().get();
        assertThat(created).as("the second press shows the account").isNotNull();
        assertThat(sandbox.client().accounts().list(AccountQuery.all().withSearch(number), null).items())
                .extracting(Account::accountId).as("one account, the one the first press made")
                .containsExactly(created.accountId());
    }

    /**
     * The account made is the application that passed when Create was pressed. The wizard used to build the request
     * on the worker, from fields the user could still change while the create was on its way.
     */
    @Test
    void whatIsTypedWhileTheCreateIsOnItsWayIsNotWhatIsSent() {
        java.util.Queue<Runnable> work = new java.util.ArrayDeque<>();
        io.accountsdesk.app.core.Messages messages = io.accountsdesk.app.core.Messages.load(java.util.Locale.ENGLISH);
        TestServices services = TestServices.of(sandbox.session(), configDir,
                activity -> io.accountsdesk.app.core.tasks.TaskRunner.using(work::add, Runnable::run, activity,
                        new io.accountsdesk.app.core.ErrorMessages(messages)::describe));
        String name = "Steady Hands " + System.nanoTime() % 100_000 + " AS";
        String number = NewAccountWizardViewModelTest.norwegianNumber();
        NewAccountWizardViewModel wizard = filledOnReview(services, name, number);
        for (Runnable next; (next = work.poll()) != null; ) {
            next.run(); // the duplicate check
        }
        assertThat(wizard.canCreateProperty().get()).isTrue();

        wizard.create();
        wizard.application().businessName.set(""); // emptied, and never checked, while the create waits
        for (Runnable next; (next = work.poll()) != null; ) {
            next.run();
        }

        assertThat(sandbox.client().accounts().list(AccountQuery.all().withSearch(number), null).items())
                .singleElement().satisfies(made -> assertThat(made.company().businessName()).isEqualTo(name));
    }
}
