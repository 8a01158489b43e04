package io.accountsdesk.app;


import io.accountsdesk.app.core.nav.Place;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders roles and API clients into docs/screenshots in both themes, on a sandbox in production mode so the role
 * editor shows its warning: a role that writes, with its scopes grouped by area; a new client's secret shown once
 * (masked); a grant with its scopes explained; the signing keys. Run with -Pscreenshots.
 */
@Tag("screenshots")
class RolesClientsScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "6", "--reset-sandbox", "--sandbox-production",
                "--config-dir", dir.resolve("config").toString(), "--lang", "en", "--theme", "light"), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void rolesAndApiClientsInBothThemes() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        openRole();
        shoot("roles-editor-light");
        newClient("Webshop order sync", "Pulls orders into the shop every hour");
        shoot("api-clients-secret-light");
        robot.clickOn("#client-secret-stored");
        grants();
        shoot("api-clients-grants-light");
        robot.clickOn("#api-clients-tab-keys");
        robot.interact(() -> robot.lookup("#keys-table").queryAs(TableView.class).getSelectionModel().select(0));
        shoot("api-clients-keys-light");

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents(5);
        shoot("api-clients-keys-dark");
        robot.clickOn("#api-clients-tab-grants");
        toFormEnd();
        shoot("api-clients-grants-dark");
        newClient("ERP settlement import", "Pulls settlements into the ERP every night");
        shoot("api-clients-secret-dark");
        robot.clickOn("#client-secret-stored");
        openRole();
        shoot("roles-editor-dark");
    }

    /** The grant form from its end, where the chosen scopes are explained. */
    private void toFormEnd() {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> robot.lookup("#grants-form-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
    }

    /** The demo "billing admin" role, given admin over accounts too: it writes, on a production partner. */
    private void openRole() throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("roles")));
        waitFor("the roles are listed", () -> showing("#roles-table")
                && !robot.lookup("#roles-table").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> {
            TableView<?> table = robot.lookup("#roles-table").queryAs(TableView.class);
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains("billing admin")) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        waitFor("the editor shows the role", () -> showing("#roles-warning"));
    }

    private void newClient(String name, String description) throws Exception {
        robot.interact(() -> app.workspace().navigator().goTo(Place.of("api-clients")));
        waitFor("the clients are listed", () -> showing("#api-clients-table")
                && !robot.lookup("#api-clients-table").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#api-clients-tab-clients");
        robot.clickOn("#api-clients-new");
        waitFor("the form opens", () -> showing("#api-clients-name"));
        robot.clickOn("#api-clients-name").write(name);
        robot.clickOn("#api-clients-description").write(description);
        robot.clickOn("#api-clients-create");
        waitFor("the secret is shown once", () -> showing("#client-secret-panel"));
    }

    private void grants() throws Exception {
        if (!showing("#api-clients-table")) {
            robot.interact(() -> app.workspace().navigator().goTo(Place.of("api-clients")));
        }
        waitFor("a client is chosen", () -> showing("#api-clients-grants"));
        robot.clickOn("#api-clients-grants");
        waitFor("the grant form shows", () -> showing("#grants-audience"));
        robot.clickOn("#grants-scope-read-accounts");
        robot.clickOn("#grants-scope-write-billing");
        toFormEnd();
    }

    private void shoot(String name) {
        ScreenshotFiles.shoot(name);
    }
}
