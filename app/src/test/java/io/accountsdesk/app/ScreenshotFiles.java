package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** The app's window as a PNG under docs/screenshots, for the screenshot renderers (-Pscreenshots). */
public final class ScreenshotFiles {

    private ScreenshotFiles() {
    }

    /** Renders the window once the FX thread is idle and writes it as {@code name}.png. */
    public static Path shoot(String name) {
        return shoot(name, Window.getWindows().get(0).getScene());
    }

    /** Renders {@code scene} (a test's own stage, say) once the FX thread is idle and writes it as {@code name}.png. */
    public static Path shoot(String name, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
        Path file = folder().resolve(name + ".png");
        write(image, file);
        assertThat(file).isNotEmptyFile();
        return file;
    }

    /**
     * The first window with the popups open over it (a menu, a tooltip): a scene's snapshot leaves them out, since
     * each is a window of its own, so each is drawn where it stands on the screen.
     */
    public static Path shootWithPopups(String name) {
        WaitForAsyncUtils.waitForFxEvents(5);
        BufferedImage composed = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Window main = Window.getWindows().get(0);
            BufferedImage base = buffered(main.getScene().snapshot(null));
            java.awt.Graphics2D g = base.createGraphics();
            for (Window window : Window.getWindows()) {
                if (window instanceof javafx.stage.PopupWindow popup && popup.isShowing()) {
                    // The root, not the scene: a scene's snapshot fills the popup's transparent margin (its shadow).
                    javafx.scene.Parent root = popup.getScene().getRoot();
                    javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
                    transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
                    javafx.geometry.Bounds drawn = root.getBoundsInParent();
                    double x = popup.getX() + popup.getScene().getX() + drawn.getMinX() - main.getX()
                            - main.getScene().getX();
                    double y = popup.getY() + popup.getScene().getY() + drawn.getMinY() - main.getY()
                            - main.getScene().getY();
                    g.drawImage(buffered(root.snapshot(transparent, null)), (int) Math.round(x),
                            (int) Math.round(y), null);
                }
            }
            g.dispose();
            return base;
        });
        Path file = folder().resolve(name + ".png");
        try {
            ImageIO.write(composed, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(file).isNotEmptyFile();
        return file;
    }

    private static BufferedImage buffered(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        return buffered;
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
