package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * On a sandbox that answers one account slowly (on purpose): the call shows in the task list once it has run a
 * second, and its cancel button stops it. Then: switching environment brings back the sign-in form filled from
 * where the user last signed in.
 */
class TaskListAppTest extends AppTestBase {


    @BeforeAll
    static void launch() throws Exception {
        Path config = configRemembering("SANDBOX", "T45600000", "remembered-client");
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "10",
                "--reset-sandbox",
                "--sandbox-faults", "route=/accounts/*/management/accounts/*, method=GET, latency=20000ms",
                "--config-dir", config.toString(),
                "--lang", "en",
                "--theme", "light"), null);
    }

    @Test
    void aSlowCallShowsInTheTaskListAndItsCancelStopsIt() throws Exception {
        waitFor("signed in", () -> app.workspace() != null && showing("#account-list"));
        String id = app.workspace().services().client().accounts()
                .list(io.accountsdesk.client.accounts.AccountQuery.all(), null).items().get(0).accountId();
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", id)));

        // Quick tasks of the page come and go; the slow one stays, alone, with its cancel button.
        var longRunning = app.workspace().services().tasks().activity().longRunning();
        waitFor("the slow load shows in the task list", () -> showing("#task-list")
                && longRunning.stream().anyMatch(task -> task.title().equals("Loading account " + id)));
        // The list redraws as quick tasks come and go, so find and press the button in one step on the UI thread.
        waitFor("its cancel button is pressed", () -> {
            java.util.concurrent.atomic.AtomicBoolean pressed = new java.util.concurrent.atomic.AtomicBoolean();
            robot.interact(() -> robot.lookup("#task-list .cancel-task").match(NodeQueryUtils.isVisible())
                    .queryAllAs(javafx.scene.control.Button.class).stream()
                    .filter(button -> ("Loading account " + id).equals(button.getParent().getUserData()))
                    .findFirst().ifPresent(button -> {
                        button.fire();
                        pressed.set(true);
                    }));
            return pressed.get();
        });

        waitFor("the task list goes once nothing long runs", () -> !showing("#task-list"));
        assertThat(app.workspace().services().tasks().runningTasks()).isEmpty();

        // Leaving the session: the sign-in form comes back filled from the last sign-in, secret empty.
        robot.clickOn("#switch-environment");
        waitFor("the sign-in form", () -> showing("#sign-in"));
        assertThat(robot.lookup("#env-sandbox").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#partner-id").queryAs(TextField.class).getText()).isEqualTo("T45600000");
        assertThat(robot.lookup("#client-id").queryAs(TextField.class).getText()).isEqualTo("remembered-client");
    }
}
