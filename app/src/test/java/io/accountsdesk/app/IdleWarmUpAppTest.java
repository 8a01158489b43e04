package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.nav.Place;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app with its idle warm-up on: once the first page shows and the user is idle, the account page and the
 * task list are made unseen and thrown away. The session's own screens stay as the user made them, nothing of the
 * warm-up is left in the window, and the account page still opens and shows its account.
 */
class IdleWarmUpAppTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "10",
                "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "light"), null, true);
    }

    @Test
    void unvisitedScreensAreWarmedUnseenAndTheRealOnesStillWork() throws Exception {
        waitFor("the account list shows rows",
                () -> !robot.lookup("#account-list").tryQuery().isEmpty() && !table().getItems().isEmpty());
        // Read on the FX thread: a step in flight there (the last one throws the warmed page away) has already left
        // the queue, so from another thread the warm-up can look done while its page is still in the window.
        waitFor("the warm-up ends", () -> WaitForAsyncUtils.asyncFx(() -> !app.workspace().warmingUp()).get());
        assertThat(app.workspace().screens().made()).as("the warm-up's pages are not the session's")
                .containsOnlyKeys("accounts");
        assertThat(robot.lookup("#account-page").tryQuery()).as("nothing warmed is left in the window").isEmpty();
        assertThat(robot.lookup(".task-list").queryAll()).as("nor a sample task list").isEmpty();

        AccountRow row = table().getItems().get(3);
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", row.accountId())));
        waitFor("the account's page shows it", () -> showing("#account-title")
                && row.name().equals(robot.lookup("#account-title").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#account-page").queryAll()).as("one page in the window").hasSize(1);
        assertThat(showing("#account-page")).isTrue();
    }
}
