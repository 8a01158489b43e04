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
