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
