package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Someone who last worked on Dintero test finds the sign-in form ready for it, and only the secret to type. */
class SignInMemoryAppTest extends AppTestBase {


    @BeforeAll
    static void launch() throws Exception {
        Path config = configRemembering("TEST", "T12300000", "client-7");
        app = AppUnderTest.launch(List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--config-dir", config.toString(), "--lang", "en", "--theme", "light"), null);
    }

    @Test
    void theRememberedEnvironmentIsFilledInAndNothingIsSignedInBehindTheUsersBack() throws Exception {
        AppUnderTest.waitFor("the sign-in form shows", () -> AppUnderTest.showing(robot, "#env-test")
                && robot.lookup("#env-test").queryAs(RadioButton.class).isSelected());

        assertThat(robot.lookup("#env-test").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#partner-id").queryAs(TextField.class).getText()).isEqualTo("T12300000");
        assertThat(robot.lookup("#client-id").queryAs(TextField.class).getText()).isEqualTo("client-7");
        assertThat(robot.lookup("#client-secret").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(app.workspace()).as("no session was opened without the secret").isNull();
    }
}
