package io.accountsdesk.app.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Runs a test class with every logger at DEBUG, written to a file of its own, and afterwards greps that file and
 * the app's folders (preferences, drafts, journals) for every secret the class {@linkplain #used used}: passwords it
 * typed, codes it read from the outbox, secrets the app showed it, tokens. Any hit fails the class, naming the
 * secret's label, the file and the line, with the secret itself blanked out.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final NoSecretsLeak secrets = NoSecretsLeak.scanning(() -&gt; List.of(dir.resolve("config")));
 * ...
 * secrets.used("the new user's password", password);
 * </pre>
 *
 * <p>A secret is looked for as typed, URL-encoded and JSON-escaped; an all-digit code only where no digit touches it,
 * so that a six-digit code does not match inside a timestamp. Values under six characters are refused: they would
 * match by chance, and no secret of the app is that short.
 */
public final class NoSecretsLeak implements BeforeAllCallback, AfterAllCallback {

    private static final int SHORTEST = 6;

    private final Supplier<List<Path>> folders;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Path logFile;
    private FileAppender<ILoggingEvent> file;

    private NoSecretsLeak(Supplier<List<Path>> folders) {
        this.folders = folders;
    }

    /** @param folders read after the last test: the app's config folder and any other the app writes to */
    public static NoSecretsLeak scanning(Supplier<List<Path>> folders) {
        return new NoSecretsLeak(folders);
    }

    /** Registers a secret the test used or saw; {@code label} names it in a failure (never the value). */
    public synchronized void used(String label, String secret) {
        if (secret == null || secret.length() < SHORTEST) {
            throw new IllegalArgumentException("Too short to look for without false hits: " + label);
        }
        secrets.put(secret, label);
    }

    /** The DEBUG log of this class so far, for a test that wants to see what was logged. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        // Under target/, kept after the run: when a test of the class fails, its DEBUG log is what explains it.
        Path logs = Files.createDirectories(Path.of("target", "debug-logs"));
        String name = context == null ? "scan" : context.getRequiredTestClass().getSimpleName();
        logFile = Files.createTempFile(logs, name + "-", ".log");
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        for (Logger logger : logging.getLoggerList()) {
            if (logger.getLevel() != null) {
                levelsBefore.put(logger.getName(), logger.getLevel());
                logger.setLevel(Level.DEBUG);
            }
        }
        root.setLevel(Level.DEBUG);
        // The console would drown the build's output at DEBUG; the file has it all.
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logging);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n");
        encoder.start();
        file = new FileAppender<>();
        file.setContext(logging);
        file.setName("no-secrets-leak");
        file.setFile(logFile.toString());
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(file);
        file.stop();
        detached.forEach(root::addAppender);
        levelsBefore.forEach((name, level) -> logging.getLogger(name).setLevel(level));
        List<Path> places = new ArrayList<>();
        places.add(logFile);
        places.addAll(folders.get());
        List<String> hits = scan(places);
        if (!hits.isEmpty()) {
            throw new AssertionError("Secrets leaked:\n  " + String.join("\n  ", hits));
        }
        if (secrets.isEmpty()) {
            throw new AssertionError("The class registered no secret: the scan would pass whatever the app does");
        }
    }

    /** Every line of every file under {@code places} that holds a registered secret, described without it. */
    public synchronized List<String> scan(List<Path> places) {
        Map<Pattern, String> patterns = new LinkedHashMap<>();
        secrets.forEach((secret, label) -> forms(secret).forEach(form -> patterns.put(pattern(form), label)));
        List<String> hits = new ArrayList<>();
        for (Path place : places) {
            if (!Files.exists(place)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(place)) {
                for (Path path : files.filter(Files::isRegularFile).toList()) {
                    scanFile(path, patterns, hits);
                }
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return hits;
    }

    private static void scanFile(Path path, Map<Pattern, String> patterns, List<String> hits) throws IOException {
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (Map.Entry<Pattern, String> entry : patterns.entrySet()) {
                if (entry.getKey().matcher(line).find()) {
                    String shown = entry.getKey().matcher(line).replaceAll("«" + entry.getValue() + "»");
                    hits.add(entry.getValue() + " in " + path + ":" + (i + 1) + ": "
                            + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
                }
            }
        }
    }

    private static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>(List.of(secret));
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String json = secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
        for (String form : List.of(encoded, json)) {
            if (!forms.contains(form)) {
                forms.add(form);
            }
        }
        return forms;
    }

    private static Pattern pattern(String form) {
        String quoted = Pattern.quote(form);
        return form.chars().allMatch(Character::isDigit) ? Pattern.compile("(?<!\\d)" + quoted + "(?!\\d)")
                : Pattern.compile(quoted);
    }
}
