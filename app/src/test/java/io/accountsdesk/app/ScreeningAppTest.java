package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screening in the real app: an account whose name sounds like a listed merchant is screened from its page with the
 * form prefilled from its company and applicant; the result's grid shows the name as a phonetic match, tinted and in
 * words; the reviewer records "escalate" with a reason, and the decision is in the account's events.
 */
class ScreeningAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(5), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void aPhoneticMatchIsHighlightedAndAnEscalationLandsInTheAccountsEvents() throws Exception {
        String number = TestNumbers.norwegianOrganisationNumber();
        Account account = app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Ola", "Nordman", "ola@kokenet.example", "+4791112233"),
                new AccountCompany("Kökenet Bergen", null, number, null, null, null,
                        new Address("Fjellveien 99", null, "5019", "Bergen", "NO"), "post@kokenet.example", null,
                        null, null, null, null, null),
                new AccountBilling("Kökenet Bergen", number, null, "billing@kokenet.example", null, null)).build());
        String aid = account.accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "screening")));
        waitFor("the form is prefilled from the account", () -> showing("#screening-legal-name")
                && "Kökenet Bergen".equals(robot.lookup("#screening-legal-name").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#screening-p1-first").queryAs(TextField.class).getText()).isEqualTo("Ola");
        assertThat(robot.lookup("#screening-p1-last").queryAs(TextField.class).getText()).isEqualTo("Nordman");
        assertThat(robot.lookup("#screening-city").queryAs(TextField.class).getText()).isEqualTo("Bergen");

        robot.clickOn("#screening-search-match");
        waitFor("a card for the listed merchant shows", () -> robot.lookup("#screening-cards .screening-card-title")
                .queryAllAs(Label.class).stream().anyMatch(label -> label.getText().equals("Kjøkkenet Bergen AS")));
        Set<Label> phonetic = robot.lookup("#screening-cards .screening-indicator.screening-phonetic")
                .queryAllAs(Label.class);
        assertThat(phonetic).as("the name sounds alike").isNotEmpty();
        Label first = phonetic.iterator().next();
        assertThat(first.getText()).isEqualTo("Sounds alike");
        assertThat(first.getGraphic()).as("an icon, not only a colour").isNotNull();
        waitFor("the phonetic match is tinted by the theme", () -> first.getBackground() != null
                && !first.getBackground().getFills().isEmpty());
        assertThat(robot.lookup("#screening-summary").queryAs(Label.class).getText()).contains("MATCH inquiry");

        robot.clickOn("#screening-tab-history");
        waitFor("the inquiry is in the history", () -> showing("#screening-history")
                && !robot.lookup("#screening-history").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<String> outcome = robot.lookup("#screening-decision-outcome").queryAs(ComboBox.class);
        robot.clickOn(outcome);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(Node.class).stream()
                .filter(cell -> cell instanceof javafx.scene.control.ListCell<?> c && "Escalate".equals(c.getText()))
                .findFirst().orElseThrow());
        waitFor("escalate is chosen", () -> "escalate".equals(outcome.getValue()));
        robot.clickOn("#screening-decision-reason");
        robot.write("Name sounds like a listed merchant; ask for the owner's ID.");
        robot.clickOn("#screening-decision-record");
        waitFor("the decision is current", () -> robot.lookup("#screening-current-decision").queryAs(Label.class)
                .getText().contains("Escalate"));

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "events")));
        waitFor("the events tab shows", () -> showing("#event-list"));
        @SuppressWarnings("unchecked")
        ListView<io.accountsdesk.app.accounts.AccountEventsViewModel.EventRow> events =
                robot.lookup("#event-list").queryAs(ListView.class);
        waitFor("the decision is in the account's events", () -> events.getItems().stream()
                .anyMatch(row -> row.body() != null && row.body().contains("Screening decision: Escalate")
                        && row.body().contains("ask for the owner's ID")));
    }

    @Test
    void theQueueIsTriagedFromTheKeyboard() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("screening-queue")));
        waitFor("the queue lists accounts never screened", () -> showing("#screening-queue-table")
                && robot.lookup("#screening-queue-table").queryAs(TableView.class).getItems().size() >= 3
                && !robot.lookup("#screening-queue-table .table-row-cell").queryAll().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<io.accountsdesk.app.screening.QueueRow> table =
                robot.lookup("#screening-queue-table").queryAs(TableView.class);
        robot.clickOn(robot.lookup("#screening-queue-table .table-row-cell").nth(0).queryAs(Node.class));
        waitFor("the click selects the first row", () -> table.getSelectionModel().getSelectedIndex() == 0);
        robot.type(javafx.scene.input.KeyCode.J, 2);
        robot.type(javafx.scene.input.KeyCode.K);
        waitFor("J J K selects the second row", () -> table.getSelectionModel().getSelectedIndex() == 1);
        io.accountsdesk.app.screening.QueueRow second = table.getSelectionModel().getSelectedItem();
        assertThat(second.never()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor("Enter opens the account on its screening tab", () -> Place.of("account", "id", second.accountId(),
                "tab", "screening").equals(app.workspace().navigator().current()));
        waitFor("the screening form shows the account", () -> showing("#screening-acting-on")
                && robot.lookup("#screening-acting-on").queryAs(Label.class).getText().contains(second.accountId()));
    }
}
