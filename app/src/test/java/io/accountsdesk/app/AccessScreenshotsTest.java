package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.access.team.TeamMember;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
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
        WaitForAsyncUtils.waitForFxEvents(5);
        Scene scene = Window.getWindows().get(0).getScene();
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        Path file = folder().resolve(name + ".png");
        write(image, file);
        assertThat(file).isNotEmptyFile();
    }

    private static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/screenshots"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above the working directory holds docs/screenshots").isNotNull();
        return dir.resolve("docs/screenshots");
    }

    /** PNG through javax.imageio, so the build needs no javafx-swing for SwingFXUtils. */
    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
