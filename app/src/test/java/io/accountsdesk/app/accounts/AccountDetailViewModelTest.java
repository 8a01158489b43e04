package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.Activity;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.TaskRunner;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountDetailViewModelTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(), Throwable::getMessage);

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, 30);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void openingShowsCompanyBillingApplicantServicesAndConnections() {
        Account account = sandbox.session().client().accounts().stream(AccountQuery.all().withLimit(30))
                .filter(a -> !a.connections().isEmpty()).findFirst().orElseThrow();
        AccountDetailViewModel model = new AccountDetailViewModel(sandbox.session().client().accounts(), tasks,
                messages);

        model.open(account.accountId());

        assertThat(model.openProperty().get()).isTrue();
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
        AccountDetails details = model.detailsProperty().get();
        assertThat(details.title()).isEqualTo(account.name());
        assertThat(details.sections()).extracting(AccountDetails.Section::title)
                .containsExactly("Company", "Billing", "Applicant");
        assertThat(details.sections().get(0).fields())
                .contains(new AccountDetails.Field("Business name", account.company().businessName()))
                .contains(new AccountDetails.Field("Organisation number", account.company().organizationNumber()));
        assertThat(details.sections().get(2).fields())
                .contains(new AccountDetails.Field("Name", account.applicant().fullName()));
        assertThat(details.connections()).extracting(AccountDetails.ConnectionLine::name)
                .containsExactlyElementsOf(account.connections().keySet());
        AccountDetails.ConnectionLine connection = details.connections().get(0);
        assertThat(connection.status()).isEqualTo(account.connections().get(connection.name()).status().value());
        assertThat(connection.events()).hasSize(account.connections().get(connection.name()).events().size());
        assertThat(details.services()).isNotEmpty();

        model.close();
        assertThat(model.openProperty().get()).isFalse();
    }

    @Test
    void anAccountThatDoesNotExistIsAnErrorThatNamesIt() {
        AccountDetailViewModel model = new AccountDetailViewModel(sandbox.session().client().accounts(), tasks,
                messages);
        model.open("T99999998");
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.ERROR);
        assertThat(model.errorMessageProperty().get()).startsWith("Account T99999998: Not found");
        assertThat(model.detailsProperty().get()).isNull();
    }
}
