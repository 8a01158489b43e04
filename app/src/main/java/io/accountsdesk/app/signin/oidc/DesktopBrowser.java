package io.accountsdesk.app.signin.oidc;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The operating system's default browser: {@link Desktop#browse} where the platform offers it, else
 * {@code xdg-open} on Linux desktops where AWT's GNOME binding is missing. Anything else is {@link
 * BrowserUnavailable}, and the person copies the URL themselves.
 */
public final class DesktopBrowser implements SystemBrowser {

    @Override
    public void open(URI uri) throws BrowserUnavailable {
        Throwable desktopFailure = null;
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            desktopFailure = e;
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            try {
                Process process = new ProcessBuilder("xdg-open", uri.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                // xdg-open hands over and exits (one still running has a browser going); a non-zero code means none.
                if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() == 0) {
                    return;
                }
            } catch (IOException e) {
                desktopFailure = desktopFailure == null ? e : desktopFailure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new BrowserUnavailable("No web browser could be opened on this computer"
                + (desktopFailure == null ? "" : " (" + desktopFailure.getMessage() + ")"), desktopFailure);
    }
}
