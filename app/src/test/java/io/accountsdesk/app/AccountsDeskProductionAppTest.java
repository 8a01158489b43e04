package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.ui.Banner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The app on a sandbox rehearsing production: red banner, and deleting takes the account id typed. */
class AccountsDeskProductionAppTest extends AppTestBase {


    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of(
                "--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "20",
                "--reset-sandbox",
                "--sandbox-production",
                "--config-dir", dir.resolve("config").toString(),
                "--lang", "en",
                "--theme", "dark"), null);
    }

    @Test
    void deletingTakesTheAccountIdTypedAndThenTheRowIsGone() throws Exception {
        waitFor("the list shows", () -> showing("#account-list") && !table().getItems().isEmpty());
        assertThat(robot.lookup("#environment-banner").queryAs(Banner.class).getLabel().getText())
                .startsWith("SANDBOX IN PRODUCTION MODE");
        assertThat(robot.lookup("#environment-banner .banner-icon").queryAs(org.kordamp.ikonli.javafx.FontIcon.class)
                .getIconCode()).as("the warning sign, not the sandbox's box")
                .isEqualTo(org.kordamp.ikonli.feather.Feather.ALERT_OCTAGON);
        AccountRow row = table().getItems().get(2);
        assertThat(row.accountId()).startsWith("P");
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("account", "id", row.accountId())));
        waitFor("the page shows", () -> showing("#account-title")
                && row.name().equals(robot.lookup("#account-title").queryAs(Label.class).getText()));

        robot.clickOn("#account-delete");
        waitFor("the typed confirmation opens", () -> showing("#typed-confirmation"));
        Node go = robot.lookup("#typed-confirm-go").query();
        assertThat(go.isDisabled()).as("nothing typed yet").isTrue();
        robot.clickOn("#typed-confirmation").write(row.accountId().substring(0, 5));
        assertThat(go.isDisabled()).as("half the id is not enough").isTrue();
        robot.write(row.accountId().substring(5));
        waitFor("the whole id enables the button", () -> !go.isDisabled());
        robot.clickOn(go);

        waitFor("back on the list without the deleted row", () -> showing("#accounts-screen")
                && table().getItems().stream().noneMatch(r -> r.accountId().equals(row.accountId())));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> app.workspace().services().client().accounts().get(row.accountId()))
                .isInstanceOf(ApiException.NotFound.class);
    }
}
