package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.nav.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The role editor in Norwegian bokmål, dark, on a production partner: the longer words must fit too. */
@Tag("screenshots")
class RolesClientsScreenshotsNbTest extends AppTestBase {

    @BeforeAll
    static void launch() throws Exception {
        app = AppUnderTest.launch(List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", "3", "--reset-sandbox", "--sandbox-production",
                "--config-dir", dir.resolve("config").toString(), "--lang", "nb", "--theme", "dark"), null);
        waitFor("the account list shows", () -> !new org.testfx.api.FxRobot().lookup("#account-list").tryQuery()
                .isEmpty());
    }

    @Test
    void roleEditorInBokmal() throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) Window.getWindows().get(0);
            stage.setWidth(1440);
            stage.setHeight(900);
            app.workspace().navigator().goTo(Place.of("roles"));
        });
        waitFor("the roles are listed", () -> showing("#roles-table")
                && !robot.lookup("#roles-table").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#roles-table").queryAs(TableView.class).getSelectionModel().select(0));
        waitFor("the editor warns", () -> showing("#roles-warning"));
        robot.clickOn("#roles-scope-admin-accounts");
        WaitForAsyncUtils.waitForFxEvents(5);
        Path file = Path.of("").toAbsolutePath().getParent().resolve("docs/screenshots/roles-editor-nb.png");
        var scene = Window.getWindows().get(0).getScene();
        var image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height,
                javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        var buffered = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        javax.imageio.ImageIO.write(buffered, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }
}
