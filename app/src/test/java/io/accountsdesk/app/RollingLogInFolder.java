package io.accountsdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The app's own rolling log file ({@link LogSetup}'s, {@code accounts-desk.log}) written into a test's folder while
 * every logger stays at DEBUG. Tests run with {@code logback-test.xml}, so the app's setup steps aside; this runs
 * that very setup again with the test's folder and keeps only its file, so a test can grep what a support person
 * would be sent.
 */
public final class RollingLogInFolder implements AutoCloseable {

    private static final List<String> TOUCHED = List.of(Logger.ROOT_LOGGER_NAME, "io.accountsdesk", "org.h2");

    private final Path dir;
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private Appender<ILoggingEvent> file;

    private RollingLogInFolder(Path dir) {
        this.dir = dir;
    }

    /** Starts writing every event, at DEBUG and above, into {@code dir/accounts-desk.log}. */
    public static RollingLogInFolder start(Path dir) {
        RollingLogInFolder log = new RollingLogInFolder(dir);
        log.attach();
        return log;
    }

    public Path file() {
        return dir.resolve(LogSetup.FILE_NAME);
    }

    private void attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        TOUCHED.forEach(name -> levelsBefore.put(name, context.getLogger(name).getLevel()));
        List<Appender<ILoggingEvent>> before = appenders(root);
        new LogSetup(() -> false, () -> dir).configure(context);
        for (Appender<ILoggingEvent> added : appenders(root)) {
            if (before.contains(added)) {
                continue;
            }
            if ("FILE".equals(added.getName())) {
                file = added;
            } else {
                // The setup's console: the test's own output stays as the test configured it.
                root.detachAppender(added);
                added.stop();
            }
        }
        if (file == null) {
            throw new IllegalStateException("LogSetup made no appender named FILE in " + dir);
        }
        // The setup sets the app's release levels; the test wants everything.
        TOUCHED.forEach(name -> context.getLogger(name).setLevel(Level.DEBUG));
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(file);
        file.stop();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static List<Appender<ILoggingEvent>> appenders(Logger logger) {
        List<Appender<ILoggingEvent>> all = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
            all.add(it.next());
        }
        return all;
    }
}
