package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.approvals.ApprovalCase;
import io.accountsdesk.app.approvals.QueueRow;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Approvals in the real app on the embedded sandbox: a test account applies for payments from its Approvals tab,
 * the application appears in the review queue, the reviewer reaches it with J, adds a note with N and opens it with
 * Enter.
 */
class ApprovalsAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(10), null);
        waitFor("the account list shows rows",
                () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery().isEmpty());
    }

    /** Types into a field of the long form by keyboard; the field is focused first, as Tab would reach it. */
    private void type(String query, String text) throws Exception {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        waitFor(query + " has the focus", field::isFocused);
        robot.write(text);
    }

    @Test
    void anApplicationMadeOnTheTabIsTriagedInTheQueue() throws Exception {
        String number = TestNumbers.norwegianOrganisationNumber();
        String aid = app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Kari", "Nordmann", "kari@approvals-tab.example", "+4722334455"),
                new AccountCompany("Approvals Tab AS", null, number, null, null, null, null, null, null, null, null,
                        null, null, null),
                new AccountBilling("Approvals Tab AS", number, null, "billing@approvals-tab.example", null, null))
                .build()).accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "approvals")));
        waitFor("the approvals tab acts on the account", () -> showing("#approvals-acting-on")
                && robot.lookup("#approvals-acting-on").queryAs(Label.class).getText().contains(aid));

        robot.clickOn("#approvals-apply");
        waitFor("the application form opens", () -> showing("#approvals-form"));
        type("#approvals-org-number", number);
        robot.clickOn("#approvals-method-billie");
        type("#approvals-bank-name", "DNB");
        type("#approvals-bank-number", "NO9386011117947");
        type("#approvals-bank-bic", "DNBANOKKXXX");
        type("#approvals-submitter-email", "signatory@approvals-tab.example");
        // The page reads the account again after the send; slowed down, as on a real network, so that a page
        // showing its loading state meanwhile would lose the focus.
        app.embeddedSandbox().orElseThrow().injectFaults(io.accountsdesk.sandbox.http.FaultPlan.parse(
                "route=/accounts/*/management/accounts/" + aid + ", method=GET, latency=1500ms"));
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<ApprovalCase> payments = robot.lookup("#approvals-payments").queryAs(TableView.class);
        waitFor("the application is listed with billie", () -> payments.getItems().size() == 1
                && payments.getItems().get(0).covers().contains("billie"));
        waitFor("the page has read the account again", () -> app.workspace().services().tasks().activity()
                .runningCount().get() == 0);
        app.embeddedSandbox().orElseThrow().injectFaults(io.accountsdesk.sandbox.http.FaultPlan.none());
        Node form = robot.lookup("#approvals-form").query();
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            for (Node at = form.getScene().getFocusOwner(); at != null; at = at.getParent()) {
                if (at == form) {
                    return true;
                }
            }
            return false;
        }).get(10, java.util.concurrent.TimeUnit.SECONDS)).as("the focus stays in the form it was sent from").isTrue();

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("approvals-queue")));
        @SuppressWarnings("unchecked")
        TableView<QueueRow> queue = robot.lookup("#queue-table").queryAs(TableView.class);
        waitFor("the queue lists the application", () -> showing("#queue-table") && queue.getItems().stream()
                .anyMatch(row -> row.accountId().equals(aid)));
        robot.clickOn(robot.lookup("#queue-table .table-row-cell").nth(0).queryAs(Node.class));
        waitFor("the click selects the first row", () -> queue.getSelectionModel().getSelectedIndex() == 0);
        for (int i = 0; i < queue.getItems().size() && !queue.getSelectionModel().getSelectedItem().accountId()
                .equals(aid); i++) {
            int before = queue.getSelectionModel().getSelectedIndex();
            robot.type(KeyCode.J);
            waitFor("J moves down", () -> queue.getSelectionModel().getSelectedIndex() == before + 1);
        }
        QueueRow row = queue.getSelectionModel().getSelectedItem();
        assertThat(row.accountId()).isEqualTo(aid);
        assertThat(row.waitedText()).isNotEmpty();

        robot.type(KeyCode.N);
        waitFor("N asks for the note", () -> showing("#prompt-text"));
        robot.clickOn("#prompt-text").write("Asked the signatory to finish today");
        robot.type(KeyCode.ENTER);
        waitFor("the note prompt closes", () -> !showing("#prompt-text"));
        // The server is asked off the FX thread (the app forbids calls on it); the note is sent by a task.
        boolean noted = false;
        for (int tries = 0; tries < 50 && !noted; tries++) {
            noted = app.workspace().services().client().accounts().events(aid, AccountEventQuery.all(), null).items()
                    .stream().map(AccountEvent::body).anyMatch(body -> body.contains(
                            "Asked the signatory to finish today") && body.contains(row.id()));
            Thread.sleep(noted ? 0 : 200);
        }
        assertThat(noted).as("the note is an event of the account, naming the case").isTrue();

        robot.interact(queue::requestFocus);
        robot.type(KeyCode.ENTER);
        waitFor("Enter opens the case on the account's approvals tab", () -> Place.of("account", "id", aid, "tab",
                "approvals", "item", row.kind().id() + "/" + row.id()).equals(app.workspace().navigator().current()));
    }
}
