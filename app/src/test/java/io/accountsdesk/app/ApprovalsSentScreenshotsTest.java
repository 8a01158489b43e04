package io.accountsdesk.app;

import io.accountsdesk.app.approvals.ApprovalsFeature;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.preferences.ThemeChoice;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import java.time.Instant;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders into docs/screenshots what this last changes look like: a payment application sent (its button says
 * Sent, its answer shows, and it sends nothing again), in both themes, and a start notice of a draft left behind with
 * its Open button. Run with -Pscreenshots; the everyday build leaves it out because it rewrites tracked files.
 */
@Tag("screenshots")
class ApprovalsSentScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(10), null);
        waitFor("the sandbox session opens", () -> app.workspace() != null);
    }

    private void type(String query, String text) throws Exception {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        waitFor(query + " has the focus", field::isFocused);
        robot.write(text);
    }

    private String account(ThemeChoice theme) {
        String number = TestNumbers.norwegianOrganisationNumber();
        String name = "Fjordkafé " + theme.name().charAt(0) + theme.name().substring(1).toLowerCase() + " AS";
        return app.workspace().services().client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Kari", "Nordmann", "kari@fjordkafe.example", "+4722334455"),
                new AccountCompany(name, null, number, null, null, null, null, null, null, null, null, null, null,
                        null),
                new AccountBilling(name, number, null, "billing@fjordkafe.example", null, null)).build())
                .accountId() + " " + number;
    }

    @Test
    void aSentApplicationInBothThemesAndADraftsStartNotice() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        String lightAccount = null;
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            String[] made = account(theme).split(" ");
            String aid = made[0];
            lightAccount = lightAccount == null ? aid : lightAccount;
            robot.interact(() -> app.shell().themeProperty().set(theme));
            robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", aid, "tab", "approvals")));
            waitFor("the approvals tab shows", () -> showing("#approvals-apply")
                    && !robot.lookup("#approvals-apply").query().isDisabled());
            robot.clickOn("#approvals-apply");
            waitFor("the application form opens", () -> showing("#approvals-form"));
            type("#approvals-org-number", made[1]);
            Node billie = robot.lookup("#approvals-method-billie").query();
            robot.interact(billie::requestFocus);
            robot.type(KeyCode.SPACE);
            type("#approvals-bank-name", "DNB");
            type("#approvals-bank-number", "NO9386011117947");
            type("#approvals-bank-bic", "DNBANOKKXXX");
            type("#approvals-submitter-email", "signatory@fjordkafe.example");
            robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
            Button send = robot.lookup("#approvals-form-send").queryAs(Button.class);
            waitFor("the form says it was sent", () -> "Sent".equals(send.getText()));
            // The page reads the account again behind the form, which keeps the focus.
            Node email = robot.lookup("#approvals-submitter-email").query();
            waitFor("the focus stays in the form", email::isFocused);
            robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
            waitFor("pressing again says why nothing is sent", () -> !robot.lookup("#approvals-form-error")
                    .queryAs(javafx.scene.control.Label.class).getText().isEmpty());
            ScreenshotFiles.shoot("approvals-apply-sent-" + theme.name().toLowerCase());
        }

        robot.interact(() -> app.shell().themeProperty().set(ThemeChoice.LIGHT));
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("accounts")));
        var services = app.workspace().services();
        services.drafts().save(new DraftStore.Draft(services.draftKey("approvals-payments", lightAccount),
                Instant.now(), Map.of("organization_number", "915933149", "bank_accounts[0].bank_name",
                        "Sparebanken Vest")));
        robot.interact(() -> new ApprovalsFeature().sessionStarted(services));
        waitFor("the start notice shows its Open button", () -> showing(".notice .notice-action"));
        ScreenshotFiles.shoot("drafts-left-notice-light");

        robot.clickOn(".notice .notice-action");
        waitFor("Open goes into the form, its typing back", () -> showing("#approvals-form")
                && "Sparebanken Vest".equals(robot.lookup("#approvals-bank-name")
                .queryAs(javafx.scene.control.TextInputControl.class).getText()));
        ScreenshotFiles.shoot("drafts-left-opened-light");
    }
}
