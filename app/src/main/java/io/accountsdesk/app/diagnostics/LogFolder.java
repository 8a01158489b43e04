package io.accountsdesk.app.diagnostics;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Where the log is written: the folder of the root logger's file, as logback was really set up (a
 * {@code -Dlogback.configurationFile} may have put it elsewhere), or the folder the app's own set-up would use.
 */
public final class LogFolder {

    private LogFolder() {
    }

    public static Path current(Supplier<Path> planned) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Iterator<Appender<ILoggingEvent>> appenders = context.getLogger(Logger.ROOT_LOGGER_NAME)
                    .iteratorForAppenders();
            while (appenders.hasNext()) {
                if (appenders.next() instanceof FileAppender<ILoggingEvent> file && file.getFile() != null) {
                    Path parent = Path.of(file.getFile()).toAbsolutePath().getParent();
                    if (parent != null) {
                        return parent;
                    }
                }
            }
        }
        return planned.get();
    }
}
