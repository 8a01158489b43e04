package io.accountsdesk.app.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.accountsdesk.sandbox.Sandbox;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * What reached the sandbox, from its own access log (one line per request: method, route template, status): the
 * server's word on whether a form sent anything, with no mock in between. A sign-in's token call is not the form's
 * doing and reads are not sends, so {@link #writes()} counts only the rest.
 */
public final class HostileRequests implements AutoCloseable {

    /** One request as the sandbox logged it. */
    public record Line(String method, String template, int status) {
        boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !template.endsWith("/auth/token");
        }
    }

    private final Logger access = (Logger) LoggerFactory.getLogger("io.accountsdesk.sandbox.access");
    private final Level level = access.getLevel();
    private final boolean additive = access.isAdditive();
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            String[] words = event.getFormattedMessage().split(" ");
            int status = words.length > 2 && words[2].matches("\\d{3}") ? Integer.parseInt(words[2]) : 0;
            lines.add(new Line(words[0], words.length > 1 ? words[1] : "", status));
        }
    };

    private final Sandbox sandbox;

    private HostileRequests(Sandbox sandbox) {
        this.sandbox = sandbox;
        appender.setContext(access.getLoggerContext());
        appender.start();
        access.addAppender(appender);
        access.setLevel(Level.INFO);
        // The test's console stays quiet: these lines are read here, not printed.
        access.setAdditive(false);
    }

    /** Starts listening to {@code sandbox}'s log; close to stop. */
    public static HostileRequests listen(Sandbox sandbox) {
        return new HostileRequests(sandbox);
    }

    /**
     * Waits until the sandbox has finished every request: it logs a request after its answer is written, so the
     * client may be done before the line is. Counting before that would credit one try's call to the next.
     */
    public HostileRequests settled() {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (sandbox.requestsInFlight() > 0) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the sandbox still handles " + sandbox.requestsInFlight() + " requests");
            }
            Thread.onSpinWait();
        }
        return this;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Requests that change something, made so far. */
    public long writes() {
        settled();
        return lines.stream().filter(Line::isWrite).count();
    }

    /** Requests the sandbox failed on itself: hostile input must get a 400, never a crash. */
    public List<Line> serverErrors() {
        settled();
        return lines.stream().filter(line -> line.status() >= 500).toList();
    }

    @Override
    public void close() {
        access.detachAppender(appender);
        appender.stop();
        access.setLevel(level);
        access.setAdditive(additive);
    }
}
