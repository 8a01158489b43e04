package io.accountsdesk.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Asks the operating system whether it prefers a dark look. JavaFX 21 cannot tell (its preferences API came in 22),
 * so this reads the desktop's own setting. Any doubt means "light". Runs a process: never on the UI thread.
 */
public final class SystemColorScheme {

    private SystemColorScheme() {
    }

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                return read(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                        .contains("dark");
            }
            if (os.contains("win")) {
                String out = read(List.of("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme"));
                return out.contains("0x0");
            }
            String scheme = read(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
            if (scheme.contains("dark")) {
                return true;
            }
            return read(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                    .toLowerCase(Locale.ROOT).contains("dark");
        } catch (IOException | InterruptedException unknown) {
            if (unknown instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private static String read(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(1500, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
