package io.accountsdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The app's logging, set up in code: one line per API call and per sandbox request, never a token, secret or
 * Authorization header. Logback finds it through its service file before it looks for XML, so no XML is parsed on
 * the way to the first window (that took a tenth of a second of the start). A {@code logback-test.xml} (the tests)
 * or {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{28} - %msg%n";

    private final java.util.function.BooleanSupplier configuredElsewhere;

    /** What logback's service loader calls. */
    public LogSetup() {
        this(() -> System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    LogSetup(java.util.function.BooleanSupplier configuredElsewhere) {
        this.configuredElsewhere = configuredElsewhere;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configuredElsewhere.getAsBoolean()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        context.getLogger("io.accountsdesk").setLevel(Level.INFO);
        context.getLogger("org.h2").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
