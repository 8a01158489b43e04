package io.accountsdesk.app;

import io.accountsdesk.app.preferences.ThemeChoice;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Renders Help into docs/screenshots in both themes: the "?" menu open in the top bar, the shortcuts help (F1) with
 * its log folder and diagnostics buttons, and the links under the sign-in card. Run with -Pscreenshots; the everyday
 * build leaves it out because it rewrites tracked files.
 */
@Tag("screenshots")
class HelpMenuScreenshotsTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(freshSandbox(40), null);
        waitFor("the sandbox session opens", () -> app.workspace() != null);
    }

    @Test
    void theHelpMenuTheShortcutsHelpAndTheSignInLinksInBothThemes() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        waitFor("the list shows accounts", () -> showing("#account-list .table-row-cell"));
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            String suffix = theme == ThemeChoice.LIGHT ? "-light" : "-dark";
            robot.interact(() -> app.shell().themeProperty().set(theme));
            robot.clickOn("#help-menu");
            waitFor("the help menu opens", () -> showing("#help-menu-diagnostics"));
            robot.moveTo("#help-menu-diagnostics");
            ScreenshotFiles.shootWithPopups("help-menu" + suffix);
            robot.type(KeyCode.ESCAPE);
            waitFor("the menu closes", () -> !showing("#help-menu-diagnostics"));

            robot.type(KeyCode.F1);
            waitFor("F1 opens the help", () -> showing("#shortcuts-help"));
            ScreenshotFiles.shoot("shortcuts-help-diagnostics" + suffix);
            robot.type(KeyCode.ESCAPE);
            waitFor("Escape closes it", () -> !showing("#shortcuts-help"));
        }
        robot.interact(() -> app.shell().themeProperty().set(ThemeChoice.LIGHT));
        robot.clickOn("#switch-environment");
        waitFor("the sign-in card is back", () -> showing("#sign-in-help"));
        robot.clickOn("#env-test");
        ScreenshotFiles.shoot("sign-in-help-links-light");
    }
}
