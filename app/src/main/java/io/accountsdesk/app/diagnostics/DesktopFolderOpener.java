package io.accountsdesk.app.diagnostics;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's file manager: {@link Desktop#open} where the platform offers it, else the desktop's own
 * command ({@code xdg-open}, {@code open}, {@code explorer}), as {@code DesktopBrowser} does for the browser. Call it
 * off the UI thread: both may take a moment.
 */
public final class DesktopFolderOpener implements FolderOpener {

    @Override
    public void open(Path folder) throws Unavailable {
        Throwable failure = null;
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException | IllegalArgumentException e) {
            failure = e;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("explorer", folder.toString())
                : os.contains("mac") ? List.of("open", folder.toString()) : List.of("xdg-open", folder.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // Explorer answers 1 even when it opened the folder; xdg-open and open answer 0, or fail.
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() == 0 || os.contains("win")) {
                return;
            }
        } catch (IOException e) {
            failure = failure == null ? e : failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Unavailable("No file manager could be opened on this computer"
                + (failure == null ? "" : " (" + failure.getMessage() + ")"), failure);
    }
}
