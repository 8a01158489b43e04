package io.accountsdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The app's logging, set up in code: one line per API call and per sandbox request, never a token, secret or
 * Authorization header. Logback finds it through its service file before it looks for XML, so no XML is parsed on
 * the way to the first window (that took a tenth of a second of the start). A {@code logback-test.xml} (the tests)
 * or {@code -Dlogback.configurationFile} still wins: then this steps aside.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{28} - %msg%n";

    /** The file a support person asks for; older days and overflows roll beside it. */
    static final String FILE_NAME = "accounts-desk.log";
    /** Bounds: a file rolls at this size and daily; days kept; all files together. */
    static final String MAX_FILE_SIZE = "10MB";
    static final int MAX_DAYS = 14;
    static final String TOTAL_SIZE_CAP = "100MB";

    private final java.util.function.BooleanSupplier configuredElsewhere;
    private final java.util.function.Supplier<Path> logDir;

    /** What logback's service loader calls. */
    public LogSetup() {
        this(() -> System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null, LogSetup::defaultLogDir);
    }

    LogSetup(java.util.function.BooleanSupplier configuredElsewhere) {
        this(configuredElsewhere, () -> null);
    }

    /** @param logDir where the rolling log goes, or {@code null} from it for the console alone */
    LogSetup(java.util.function.BooleanSupplier configuredElsewhere, java.util.function.Supplier<Path> logDir) {
        this.configuredElsewhere = configuredElsewhere;
        this.logDir = logDir;
    }

    /**
     * The OS's per-user local data folder ({@code ~/.local/share/accounts-desk/logs} on Linux), or the folder the
     * system property {@code accountsdesk.logDir} names.
     */
    static Path defaultLogDir() {
        String chosen = System.getProperty("accountsdesk.logDir");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return Path.of(dev.dirs.ProjectDirectories.from("io", "accountsdesk", "Accounts Desk").dataLocalDir, "logs");
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
        Path dir = logDir.get();
        if (dir != null) {
            root.addAppender(rollingFile(context, dir));
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The same lines as the console, with every error's stack, in a file bounded by size and age: what a support
     * person reads when a user writes in.
     */
    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve(FILE_NAME).toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(dir.resolve("accounts-desk.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(MAX_DAYS);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        policy.start();
        file.setRollingPolicy(policy);
        file.start();
        return file;
    }
}
