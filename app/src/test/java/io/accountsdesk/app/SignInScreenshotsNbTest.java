package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.sandbox.users.DemoUsers;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A person's sign-in in Norwegian bokmål (dark), to see that the longer words fit. Run with -Pscreenshots. */
@Tag("screenshots")
class SignInScreenshotsNbTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "1", "--reset-sandbox", "--config-dir", dir.resolve("config").toString(),
                "--lang", "nb", "--theme", "dark"), null);
        waitFor("the sandbox session opens", () -> app.workspace() != null);
    }

    @Test
    void theSecondFactorInBokmal() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-ways"));
        robot.clickOn("#way-password");
        robot.clickOn("#person-username").write(DemoUsers.MFA_TRAINEE);
        robot.clickOn("#person-password").write(DemoUsers.PASSWORD);
        robot.clickOn("#person-sign-in");
        waitFor("the second factor is asked for", () -> showing("#mfa-send-sms"));
        robot.clickOn(".lost-phone");
        waitFor("recovery asks for the first channel", () -> !showing(".lost-phone"));
        assertThat(robot.lookup(".muted").queryAllAs(Label.class).stream().map(Label::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Mistet telefonen?"));
        SignInScreenshotsTest.shoot("sign-in-recovery-dark-nb");
    }
}
