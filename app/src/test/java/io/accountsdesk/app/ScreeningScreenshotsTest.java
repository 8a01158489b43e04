package io.accountsdesk.app;


import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders screening into docs/screenshots in both themes: the form prefilled from an account, a result grid with
 * exact and phonetic hits, the inquiries with a decision, and the queue. Run with -Pscreenshots; the everyday build
 * leaves it out because it rewrites tracked files.
 */
@Tag("screenshots")
class ScreeningScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(12), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void screeningInBothThemes() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        String number = TestNumbers.norwegianOrganisationNumber();
        // Sounds like the sandbox's listed "Kjøkkenet Bergen AS" and sits at its address: exact and phonetic hits.
        Account account = app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Ola", "Nordman", "ola@kokenet.example", "+4791112233"),
                new AccountCompany("Kökenet Bergen AS", "Kökenet", number, null, null, null,
                        new Address("Strandgata 14", null, "5013", "Bergen", "NO"), "post@kokenet.example", null,
                        "+4755123456", "5812", null, null, null),
                new AccountBilling("Kökenet Bergen AS", number, null, "billing@kokenet.example", null, null)).build());
        String aid = account.accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "screening")));
        waitFor("the form is prefilled", () -> showing("#screening-legal-name")
                && "Kökenet Bergen AS".equals(robot.lookup("#screening-legal-name").queryAs(TextField.class).getText()));
        shoot("screening-form-light");
        robot.interact(() -> {
            robot.lookup("#screening-region-D").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            var form = robot.lookup(".screening-form").query().getParent();
            while (form != null && !(form instanceof javafx.scene.control.ScrollPane)) {
                form = form.getParent();
            }
            ((javafx.scene.control.ScrollPane) form).setVvalue(1);
        });
        shoot("screening-options-light");
        robot.interact(() -> {
            var form = robot.lookup(".screening-form").query().getParent();
            while (form != null && !(form instanceof javafx.scene.control.ScrollPane)) {
                form = form.getParent();
            }
            ((javafx.scene.control.ScrollPane) form).setVvalue(0);
        });

        robot.clickOn("#screening-search-match");
        waitFor("the result shows", () -> !robot.lookup("#screening-cards .screening-card").queryAll().isEmpty());
        shoot("screening-results-light");

        robot.clickOn("#screening-tab-history");
        waitFor("the history lists the inquiry", () -> showing("#screening-history")
                && !robot.lookup("#screening-history").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> outcome = robot.lookup("#screening-decision-outcome")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            outcome.setValue("escalate");
            robot.lookup("#screening-decision-reason").queryAs(javafx.scene.control.TextArea.class)
                    .setText("Same street as a merchant listed for excessive chargebacks; the name sounds alike. "
                            + "Compliance to confirm the owner's identity.");
        });
        robot.clickOn("#screening-decision-record");
        waitFor("the decision is current", () -> robot.lookup("#screening-current-decision").queryAs(Label.class)
                .getText().contains("Escalate"));
        robot.clickOn("#screening-tab-history");
        waitFor("the decision is listed", () -> !robot.lookup("#screening-decisions")
                .queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        toTop();
        shoot("screening-history-light");

        robot.clickOn("#screening-tab-terminate");
        waitFor("the report form shows", () -> showing("#screening-terminate-reason"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> reason = robot.lookup("#screening-terminate-reason")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            reason.setValue("04");
            robot.lookup("#screening-terminate-start").queryAs(TextField.class).setText("2021-03-01");
            robot.lookup("#screening-terminate-end").queryAs(TextField.class).setText("2025-06-30");
            robot.lookup("#screening-terminate-merchant-id").queryAs(TextField.class).setText("10046672");
        });
        robot.clickOn("#screening-terminate-check");
        waitFor("the review lists what will be sent", () -> !robot.lookup("#screening-terminate-review")
                .queryAs(javafx.scene.control.TextArea.class).getText().isEmpty());
        shoot("screening-terminate-review-light");

        robot.interact(() -> app.workspace().navigator().goTo(Place.of("screening-queue")));
        waitFor("the queue lists accounts", () -> showing("#screening-queue-table")
                && !robot.lookup("#screening-queue-table").queryAs(TableView.class).getItems().isEmpty());
        shoot("screening-queue-light");

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents(5);
        shoot("screening-queue-dark");
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "screening")));
        waitFor("the screening tab shows again", () -> showing("#screening-legal-name"));
        robot.clickOn("#screening-tab-results");
        shoot("screening-form-dark");
        robot.clickOn("#screening-search-match");
        waitFor("the result shows", () -> !robot.lookup("#screening-cards .screening-card").queryAll().isEmpty());
        shoot("screening-results-dark");
        robot.clickOn("#screening-tab-history");
        waitFor("the history shows", () -> showing("#screening-history"));
        toTop();
        shoot("screening-history-dark");
    }

    /** The inquiries and decisions from their top, whatever the last shot scrolled to. */
    private void toTop() {
        robot.interact(() -> robot.lookup("#screening-history-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
    }

    private void shoot(String name) {
        ScreenshotFiles.shoot(name);
    }
}
