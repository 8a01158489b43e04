package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.Session;
import io.accountsdesk.sandbox.users.DemoUsers;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person signs in to the running app by e-mail and password with an SMS code read from the sandbox's outbox, sees
 * the status bar name them, and signs out.
 */
class PersonSignInAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(1), null);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aPersonSignsInWithAnSmsCodeAndTheStatusBarNamesThem() throws Exception {
        waitFor("the sandbox session opens", () -> app.workspace() != null);
        Session asClient = app.workspace().services().session();
        assertThat(text("#session-detail")).startsWith("API client ");
        assertThat(showing("#switch-account")).as("an API client has no accounts to switch").isFalse();

        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));
        assertThat(showing("#way-oidc")).as("single sign-on is wired in the app").isTrue();
        assertThat(robot.lookup("#remember-me").queryAs(javafx.scene.control.CheckBox.class).isDisabled())
                .as("a test's app never uses the keychain").isTrue();
        assertThat(showing("#remember-me-unavailable")).isTrue();
        // Each way has a mnemonic: Alt+T is the one-time code, Alt+E e-mail and password.
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        waitFor("Alt+T chooses the one-time code", () -> showing("#code-email"));
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitFor("Alt+E chooses e-mail and password", () -> showing("#person-username"));
        waitFor("its toggle shows it chosen", () -> robot.lookup("#way-password").queryAs(ToggleButton.class)
                .isSelected());
        // Pressed again, the chosen way stays chosen.
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitFor("still chosen", () -> robot.lookup("#way-password").queryAs(ToggleButton.class).isSelected()
                && showing("#person-username"));
        assertThat(robot.lookup("#person-password").queryAs(PasswordField.class).getAccessibleText())
                .isEqualTo("Password");

        robot.clickOn("#person-username").write(DemoUsers.MFA_TRAINEE);
        robot.clickOn("#person-password").write(DemoUsers.PASSWORD);
        robot.type(KeyCode.ENTER);
        waitFor("the second factor is asked for", () -> showing("#mfa-send-sms"));
        assertThat(robot.lookup("#person-password").queryAs(PasswordField.class).getText())
                .as("the password is gone once sent").isEmpty();

        robot.clickOn("#mfa-send-sms");
        waitFor("the code field shows", () -> showing("#mfa-code"));
        String code = SandboxOutbox.latestCode(asClient, DemoUsers.MFA_PHONE, "mfa");
        robot.clickOn("#mfa-code").write(code);
        robot.type(KeyCode.ENTER);

        waitFor("the person's session opens", () -> app.workspace() != null
                && app.workspace().services().session().person().isPresent());
        waitFor("the status bar names the person", () -> text("#signed-in").contains(DemoUsers.MFA_TRAINEE));
        assertThat(text("#session-detail")).startsWith("Password · token until");
        assertThat(showing("#switch-account")).isTrue();

        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));
        assertThat(app.workspace()).isNull();
        assertThat(robot.lookup("#person-username").queryAs(TextField.class).getText())
                .as("the username stays for the next sign-in").isEqualTo(DemoUsers.MFA_TRAINEE);
        assertThat(robot.lookup("#mfa-code").queryAs(PasswordField.class).getText()).isEmpty();
    }
}
