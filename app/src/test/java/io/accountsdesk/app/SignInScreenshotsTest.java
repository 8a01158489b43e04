package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.preferences.ThemeChoice;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders a person's sign-in into docs/screenshots in both themes: the way chooser on e-mail and password, the MFA
 * code step, and the one-time code's countdown after the server said "not yet", plus the status bar naming the
 * person. Run with -Pscreenshots; the everyday build leaves it out because it rewrites tracked files.
 */
@Tag("screenshots")
class SignInScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(6), null);
        waitFor("the sandbox session opens", () -> app.workspace() != null);
    }

    @Test
    void aPersonsSignInInBothThemes() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        var asClient = app.workspace().services().session();
        // The MFA trainee may work on a sub-account too, so the switcher has somewhere to go.
        String sub = asClient.client().accounts().list(AccountQuery.all().withLimit(1), null).items().get(0)
                .accountId();
        try (var onSub = asClient.client().actingOn(sub)) {
            onSub.users().create(new NewAccountUser(DemoUsers.MFA_TRAINEE, null, null, null, null, null), false);
        }
        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));

        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            String suffix = theme == ThemeChoice.LIGHT ? "-light" : "-dark";
            robot.interact(() -> app.shell().themeProperty().set(theme));
            robot.clickOn("#way-password");
            waitFor("the password way shows", () -> showing("#person-username"));
            robot.interact(() -> app.shell().themeProperty().set(theme));
            robot.interact(() -> robot.lookup("#person-username").queryAs(javafx.scene.control.TextField.class)
                    .setText(DemoUsers.MFA_TRAINEE));
            if (theme == ThemeChoice.LIGHT) {
                // Outside the sandbox a person signs in through the partner's API client, and the card says why.
                robot.clickOn("#env-test");
                waitFor("the client's fields show", () -> showing("#person-client-hint"));
                shoot("sign-in-person-test-light");
                robot.clickOn("#env-sandbox");
            }
            robot.clickOn("#person-password").write(DemoUsers.PASSWORD);
            shoot("sign-in-password" + suffix);

            robot.clickOn("#person-sign-in");
            waitFor("the second factor is asked for", () -> showing("#mfa-send-sms"));
            robot.clickOn("#mfa-send-sms");
            waitFor("the code field shows", () -> showing("#mfa-code"));
            robot.clickOn("#mfa-code").write("12345");
            shoot("sign-in-mfa-code" + suffix);

            robot.clickOn("#way-one-time-code");
            waitFor("the one-time code way shows", () -> showing("#code-email"));
            robot.interact(() -> robot.lookup("#code-email").queryAs(javafx.scene.control.TextField.class)
                    .setText(DemoUsers.TRAINEE));
            // The sandbox sends three codes a minute to one address; the fourth is "not yet".
            while (!showing(".code-countdown")) {
                robot.clickOn("#code-send");
                waitFor("the code is sent or refused", () -> showing("#code-code") || showing(".code-countdown"));
                if (showing("#code-code")) {
                    robot.clickOn("#code-other");
                    waitFor("back to the address", () -> showing("#code-email"));
                }
            }
            shoot("sign-in-code-countdown" + suffix);
            assertThat(robot.lookup(".code-countdown").queryAs(Label.class).getText())
                    .startsWith("You can ask again in");
        }

        // The status bar once signed in, light.
        robot.interact(() -> app.shell().themeProperty().set(ThemeChoice.LIGHT));
        robot.clickOn("#way-password");
        waitFor("the password way shows", () -> showing("#person-username"));
        robot.clickOn("#person-password").write(DemoUsers.PASSWORD);
        robot.clickOn("#person-sign-in");
        waitFor("the second factor is asked for", () -> showing("#mfa-send-email"));
        robot.clickOn("#mfa-send-email");
        waitFor("the code field shows", () -> showing("#mfa-code"));
        robot.clickOn("#mfa-code").write(SandboxOutbox.latestCode(asClient, DemoUsers.MFA_TRAINEE, "mfa"));
        robot.clickOn("#mfa-confirm");
        waitFor("the person's session opens", () -> app.workspace() != null
                && app.workspace().services().session().person().isPresent());
        waitFor("the list shows", () -> showing("#account-list"));
        robot.clickOn("#switch-account");
        waitFor("the switcher lists the accounts", () -> showing("#switcher-accounts")
                && !robot.lookup("#switcher-accounts").queryAs(javafx.scene.control.ListView.class).getItems()
                .isEmpty());
        shoot("account-switcher-light");
    }

    static void shoot(String name) {
        ScreenshotFiles.shoot(name);
    }
}
