package io.accountsdesk.app.diagnostics;

import io.accountsdesk.client.http.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a user pastes into a message to support: the build, the computer and runtime, where the app works, and the
 * end of the log. Every line goes through {@link Redactor#line}, the log's and the header's alike (a base URL can
 * carry a password). The session's credentials are never handed in, so they cannot be in it: the client id is left
 * out too, and a person is only said to be signed in, not named.
 *
 * <p>The labels are English whatever the app's language: the reader is a support person, as for the log itself.
 *
 * @param text     the report, ready for the clipboard
 * @param logLines how many log lines it holds
 */
public record DiagnosticsReport(String text, int logLines) {

    /** How many of the log's last lines go in. */
    public static final int LOG_LINES = 200;

    /**
     * Where the app works: the session's environment, or what the sign-in card holds while nobody is signed in (the
     * user who cannot sign in is the one who needs diagnostics most).
     *
     * @param environment Sandbox, Test, Production or Custom
     * @param baseUrl     the API's base URL, or {@code null} when not known yet
     * @param partnerId   the partner's account id, or {@code null}
     * @param signedIn    whether a session is open
     * @param person      whether a person (not the partner's API client) holds it
     */
    public record Workplace(String environment, String baseUrl, String partnerId, boolean signedIn, boolean person) {
    }

    /** The operating system, Java and JavaFX this process runs on. */
    public record Runtime(String os, String java, String javafx) {

        public static Runtime ofThisProcess() {
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                    + System.getProperty("os.arch") + ")";
            String java = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version",
                    System.getProperty("java.version")) + " (" + System.getProperty("java.vm.name") + ")";
            // JavaFX sets this once its toolkit started; a report made before then says so.
            String javafx = System.getProperty("javafx.runtime.version", "not started");
            return new Runtime(os, java, javafx);
        }
    }

    /**
     * Everything but the log, as known on the UI thread when the user asked.
     *
     * @param theme the user's choice and what shows now ("system (dark now)")
     */
    public record Setting(Locale locale, String theme, Workplace workplace) {
    }

    public DiagnosticsReport {
        Objects.requireNonNull(text, "text");
    }

    /**
     * @param log the log's last lines, oldest first, as read; only the last {@link #LOG_LINES} are taken
     */
    public static DiagnosticsReport of(String version, Runtime runtime, Setting setting, Path logFolder, Instant at,
                                       List<String> log) {
        List<String> lines = log.subList(Math.max(0, log.size() - LOG_LINES), log.size());
        Workplace where = setting.workplace();
        StringBuilder text = new StringBuilder();
        line(text, "Accounts Desk diagnostics", at.toString());
        line(text, "Version", version);
        line(text, "Operating system", runtime.os());
        line(text, "Java", runtime.java());
        line(text, "JavaFX", runtime.javafx());
        line(text, "Locale", setting.locale().toLanguageTag() + " (system: " + Locale.getDefault().toLanguageTag()
                + ")");
        line(text, "Theme", setting.theme());
        line(text, "Environment", where.environment() + (where.signedIn() ? "" : " (chosen on the sign-in card)"));
        line(text, "Base URL", orNone(where.baseUrl()));
        line(text, "Partner", orNone(where.partnerId()));
        line(text, "Signed in", where.signedIn() ? "yes" : "no");
        line(text, "Signed in as a person", where.person() ? "yes" : "no");
        line(text, "Log folder", logFolder.toString());
        text.append('\n').append("--- the log's last ").append(lines.size()).append(" lines, redacted ---\n");
        for (String logLine : lines) {
            text.append(Redactor.line(logLine)).append('\n');
        }
        if (lines.isEmpty()) {
            text.append("(the log is empty or not written yet)\n");
        }
        return new DiagnosticsReport(text.toString(), lines.size());
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(Redactor.line(label + ": " + value)).append('\n');
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "(none)" : value;
    }
}
