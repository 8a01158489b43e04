package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.access.team.RoleChoice;
import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.sandbox.users.Totp;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People's screens in the real app on the embedded sandbox, with a person's session opened the way the sign-in
 * screen opens one: an authenticator app enrolled by reading the key shown beside the QR code, and an invitation.
 */
class AccessAppTest extends AppTestBase {

    private static Session clientSession;
    private final PeopleSteps steps = new PeopleSteps(robot, () -> app);

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(1), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
        clientSession = app.workspace().services().session();
    }

    /** Signs {@code person} in (off the FX thread) and shows their session. */
    private void showAs(Session person) throws Exception {
        robot.interact(() -> app.openSession(person));
        waitFor("the person's workspace shows", () -> app.workspace() != null
                && app.workspace().services().session() == person && showing("#status-my-account"));
    }

    @Test
    void enrolsAnAuthenticatorAppByReadingTheKeyBesideTheQrCode() throws Exception {
        String username = "app.totp." + UUID.randomUUID().toString().substring(0, 8) + "@nordvik.example";
        clientSession.client().authUsers().create(clientSession.partnerId(),
                new NewAuthUser(username, null, null, "Start-Pass-1"));
        showAs(TestPeople.signIn(clientSession, username, "Start-Pass-1"));

        steps.enrolAuthenticator();
    }

    @Test
    void invitesSomeoneWithARole() throws Exception {
        showAs(TestPeople.trainee(clientSession));
        String email = "app.invitee." + UUID.randomUUID().toString().substring(0, 8) + "@nordvik.example";
        steps.invite(email, "Ina Invitee");
        assertThat(clientSession.client().users().list().stream().anyMatch(u -> email.equals(u.email()))).isTrue();

        // My account is in no sidebar: the palette finds it, and its shortcut reaches it from anywhere.
        robot.press(KeyCode.SHORTCUT, KeyCode.K).release(KeyCode.K, KeyCode.SHORTCUT);
        waitFor("the palette opens", () -> showing("#command-palette")
                && robot.lookup("#palette-field").query().isFocused());
        robot.write("My account");
        waitFor("the palette offers My account", () -> app.workspace().palette().results().stream()
                .anyMatch(item -> item.title().equals("My account")));
        robot.interact(() -> app.workspace().palette().results().stream()
                .filter(item -> item.title().equals("My account")).findFirst()
                .ifPresent(item -> app.workspace().palette().selectedProperty()
                        .set(app.workspace().palette().results().indexOf(item))));
        robot.type(KeyCode.ENTER);
        waitFor("the palette opened My account", () -> Place.of("my-account")
                .equals(app.workspace().navigator().current()));
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("team")));
        waitFor("the team shows again", () -> showing("#team-table"));
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitFor("Shortcut+Shift+U opens My account", () -> Place.of("my-account")
                .equals(app.workspace().navigator().current()) && showing("#me-totp-start"));
    }
}
