package io.accountsdesk.app.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this build, as Maven wrote it into {@code version.properties}; a jar that lost that file falls back
 * on its manifest. Support needs it first when a user writes in.
 */
public final class AppVersion {

    private static final String UNKNOWN = "unknown (a development build)";
    private static final String CURRENT = read();

    private AppVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/io/accountsdesk/app/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                // Unfiltered (an IDE that copies resources itself), the placeholder is still there.
                if (!version.isBlank() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException unreadable) {
            // the manifest may still know
        }
        String manifest = AppVersion.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : UNKNOWN;
    }
}
