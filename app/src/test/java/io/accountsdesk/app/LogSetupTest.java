package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LogSetupTest {

    @Test
    void logsTheAppsCallsToTheConsoleAndOthersOnlyWhenTheyWarn() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogSetup(() -> false).configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.accountsdesk.client.http").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.h2.engine").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("okhttp3").getEffectiveLevel()).isEqualTo(Level.WARN);
        var console = (ConsoleAppender<?>) root.getAppender("CONSOLE");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LogSetup.PATTERN);
    }

    @Test
    void writesARollingFileBoundedBySizeAndAgeWithEveryErrorsStack(@org.junit.jupiter.api.io.TempDir
                                                                    java.nio.file.Path dir) throws Exception {
        LoggerContext context = new LoggerContext();
        // A context of its own, as logback makes one: it needs the MDC logback would give it.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        new LogSetup(() -> false, () -> dir).configure(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var file = (ch.qos.logback.core.rolling.RollingFileAppender<?>) root.getAppender("FILE");
        assertThat(file.isStarted()).isTrue();
        var policy = (ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertThat(policy.getMaxHistory()).isEqualTo(LogSetup.MAX_DAYS);
        assertThat(policy.getFileNamePattern()).startsWith(dir.toString());

        context.getLogger("io.accountsdesk.client.http").info("GET /accounts/{oid}/management/accounts -> 200 in 3 ms");
        context.getLogger("io.accountsdesk.app.Something").error("Saving failed",
                new IllegalStateException("the disk is full"));
        context.stop();

        String written = java.nio.file.Files.readString(dir.resolve(LogSetup.FILE_NAME));
        assertThat(written).contains("GET /accounts/{oid}/management/accounts -> 200")
                .contains("Saving failed").contains("java.lang.IllegalStateException: the disk is full")
                .contains("at io.accountsdesk.app.LogSetupTest");
    }

    @Test
    void theConsoleAloneWhenThereIsNoFolder() {
        LoggerContext context = new LoggerContext();
        new LogSetup(() -> false).configure(context);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
    }

    @Test
    void logbackFindsItThroughItsServiceFile() {
        assertThat(java.util.ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains((Class) LogSetup.class);
    }

    @Test
    void stepsAsideForAConfigurationFile() {
        LoggerContext context = new LoggerContext();
        assertThat(new LogSetup(() -> true).configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
