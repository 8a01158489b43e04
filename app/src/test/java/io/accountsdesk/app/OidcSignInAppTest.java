package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.app.signin.oidc.SandboxUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.net.URI;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on in the running app: the card's fourth way sends the person to the sandbox's stand-in provider (a
 * test's app opens no browser, so the person copies the address as they would without one), they choose who they
 * are there, and the app opens their session.
 */
class OidcSignInAppTest extends AppTestBase {

    private final PeopleSteps steps = new PeopleSteps(robot, () -> app);

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(1), null);
    }

    @Test
    void aPersonSignsInAtTheProviderPageAndTheStatusBarNamesThem() throws Exception {
        waitFor("the sandbox session opens", () -> app.workspace() != null);
        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#way-oidc"));

        steps.signInBySingleSignOn(DemoUsers.TRAINEE);

        SignedInPerson who = app.workspace().services().session().person().orElseThrow();
        assertThat(who.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(who.how()).isEqualTo(SignedInPerson.Way.OIDC);
        waitFor("the status bar names the person", () -> robot.lookup("#signed-in").queryAs(Label.class).getText()
                .contains(DemoUsers.TRAINEE));
        assertThat(robot.lookup("#session-detail").queryAs(Label.class).getText()).startsWith("Single sign-on");
    }
}
