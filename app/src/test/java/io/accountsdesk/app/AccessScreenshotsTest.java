package io.accountsdesk.app;

import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders My account (an authenticator app being enrolled, with its QR code) and the team (people with the selected
 * person's activity, and username users) into docs/screenshots, light and dark. Run with -Pscreenshots.
 */
@Tag("screenshots")
class AccessScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(3), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void peopleScreensInBothThemes() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        Session client = app.workspace().services().session();
        shoot("my-account-client-light", () -> app.workspace().navigator().goTo(Place.of("my-account")),
                "#me-client-notice");
        String username = "kari.nordmann@nordvik.example";
        client.client().authUsers().create(client.partnerId(), new NewAuthUser(username, null, null, "Start-Pass-1"));
        var roles = client.client().roles().stream(io.accountsdesk.client.roles.RoleQuery.all().withLimit(100))
                .toList();
        String[][] people = {{"ola.support@nordvik.example", "Ola Support"}, {"mari.regnskap@nordvik.example",
                "Mari Regnskap"}};
        for (int i = 0; i < people.length; i++) {
            client.client().users().create(new io.accountsdesk.client.users.NewAccountUser(people[i][0],
                    people[i][1], null, null, java.util.List.of(new io.accountsdesk.client.users.UserRole.Ref(
                    roles.get(i % roles.size()).id())), null), true);
        }
        for (int i = 0; i < 3; i++) {
            TestPeople.trainee(client);
        }
        Session person = TestPeople.trainee(client);
        robot.interact(() -> app.openSession(person));
        waitFor("the person's workspace shows", () -> app.workspace() != null
                && app.workspace().services().session() == person);

        myAccount("light");
        team("light");
        authUsers(username, "light");

        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents(5);
        myAccount("dark");
        team("dark");
        authUsers(username, "dark");
    }

    private void myAccount(String theme) throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("my-account")));
        waitFor("My account shows", () -> showing("#me-totp-start") || showing("#me-totp-enrolment"));
        if (!showing("#me-totp-enrolment")) {
            robot.clickOn("#me-totp-start");
        }
        waitFor("the QR code shows", () -> showing("#me-totp-enrolment")
                && !robot.lookup("#me-totp-secret").queryAs(TextField.class).getText().isEmpty());
        robot.interact(() -> {
            robot.lookup("#me-password-current").queryAs(TextField.class).setText("Sandbox-Trainee-1");
            robot.lookup("#me-password-new").queryAs(TextField.class).setText("Nordvik-2026");
        });
        shoot("my-account-totp-" + theme, () -> { }, "#me-totp-qr");
    }

    private void team(String theme) throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("team")));
        @SuppressWarnings("unchecked")
        TableView<TeamMember> table = robot.lookup("#team-table").queryAs(TableView.class);
        waitFor("the team is listed", () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getItems().stream().filter(m -> m.email().equals(DemoUsers.TRAINEE)).findFirst()
                .ifPresent(m -> table.getSelectionModel().select(m)));
        waitFor("the activity shows", () -> !robot.lookup("#team-activity-table").queryAs(TableView.class)
                .getItems().isEmpty());
        shoot("team-" + theme, () -> { }, "#team-table");
    }

    private void authUsers(String username, String theme) throws Exception {
        robot.interact(() -> {
            app.workspace().navigator().goTo(Place.of("team"));
            robot.lookup("#team").queryAs(io.accountsdesk.app.access.team.TeamView.class).showTab(1);
        });
        waitFor("the username users show", () -> showing("#auth-create-username"));
        if (robot.lookup("#auth-known").queryAs(TableView.class).getItems().isEmpty()) {
            robot.interact(() -> {
                robot.lookup("#auth-target").queryAs(TextField.class).setText(username);
                robot.lookup("#auth-change-password").queryAs(TextField.class).setText("Nordvik-2026");
                robot.lookup("#auth-change-repeat").queryAs(TextField.class).setText("Nordvik-2026");
                robot.lookup("#auth-change-phone").queryAs(TextField.class).setText("+4791234567");
                robot.lookup("#auth-change-mfa-sms").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            });
            robot.clickOn("#auth-change-submit");
            waitFor("the changed user is listed", () -> !robot.lookup("#auth-known").queryAs(TableView.class)
                    .getItems().isEmpty());
        }
        robot.interact(() -> {
            robot.lookup("#auth-create-username").queryAs(TextField.class).setText("ola.support");
            robot.lookup("#auth-create-password").queryAs(TextField.class).setText("Nordvik");
        });
        shoot("team-auth-users-" + theme, () -> { }, "#auth-known");
    }

    private void shoot(String name, Runnable before, String mustShow) throws Exception {
        robot.interact(before);
        waitFor(mustShow + " shows", () -> showing(mustShow));
        // A notice left from an earlier step would cover the screen being shown; it goes by itself in a while.
        robot.interact(() -> robot.lookup(".notice").queryAll().forEach(notice -> {
            if (notice.getParent() instanceof javafx.scene.layout.Pane pane) {
                pane.getChildren().remove(notice);
            }
        }));
        ScreenshotFiles.shoot(name);
    }
}
