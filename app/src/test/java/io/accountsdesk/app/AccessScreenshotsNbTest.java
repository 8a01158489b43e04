package io.accountsdesk.app;

import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The team screen in Norwegian bokmål, for docs/screenshots: long words are where layouts break. */
@Tag("screenshots")
class AccessScreenshotsNbTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        List<String> args = new ArrayList<>(freshSandbox(1));
        args.set(args.indexOf("en"), "nb");
        app = AppUnderTest.launch(args, null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void teamInBokmal() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        Session client = app.workspace().services().session();
        TestPeople.trainee(client);
        Session person = TestPeople.trainee(client);
        robot.interact(() -> app.openSession(person));
        waitFor("the person's workspace shows", () -> app.workspace() != null
                && app.workspace().services().session() == person);
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("team")));
        @SuppressWarnings("unchecked")
        TableView<TeamMember> table = robot.lookup("#team-table").queryAs(TableView.class);
        waitFor("the team is listed", () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getItems().stream().filter(m -> m.email().equals(DemoUsers.TRAINEE)).findFirst()
                .ifPresent(m -> table.getSelectionModel().select(m)));
        waitFor("the activity shows", () -> !robot.lookup("#team-activity-table").queryAs(TableView.class)
                .getItems().isEmpty());
        ScreenshotFiles.shoot("team-nb");
    }
}
