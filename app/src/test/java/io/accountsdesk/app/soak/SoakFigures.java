package io.accountsdesk.app.soak;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * What the soak counts and what it finds wrong. Counts come from where they happen: the client's own log lines (one
 * per attempt, one per retry), the sandbox's fault plan, the app's status bar and dialogs. Findings are kept as
 * sentences, so the test's failure lists each one.
 */
final class SoakFigures {

    /** Raw exception or stack text: what a user must never be shown in place of a sentence. */
    static final Pattern RAW = Pattern.compile("(?s).*(\\bat [a-z]+\\.[\\w.$]+\\(|Exception\\b|\\bjava\\.[a-z]+\\."
            + "|\\bokhttp3\\.|\\bcom\\.fasterxml\\.|io\\.accountsdesk\\.|\\bnull\\b|NullPointer|Caused by:).*");
    /** A message that says what to do next, in either language; every failure a fault can cause gets one of these. */
    static final Pattern ADVICE = Pattern.compile("(?is).*(try again|prøv igjen|wait|vent|check|sjekk|contact|kontakt"
            + "|sign in again|logg inn|ask an administrator|administrator).*");

    final AtomicLong attempts = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong failedAttempts = new AtomicLong();
    final AtomicLong userErrors = new AtomicLong();
    final AtomicLong steps = new AtomicLong();
    final AtomicLong stepsFailed = new AtomicLong();
    final AtomicLong saves = new AtomicLong();
    final AtomicLong signIns = new AtomicLong();
    final AtomicLong savesRetriedByUser = new AtomicLong();
    final Map<String, Long> userErrorsByText = Collections.synchronizedMap(new LinkedHashMap<>());
    final List<String> uncaught = Collections.synchronizedList(new ArrayList<>());
    final List<String> unexpectedFailures = Collections.synchronizedList(new ArrayList<>());
    final List<String> badMessages = Collections.synchronizedList(new ArrayList<>());
    final List<String> lost = Collections.synchronizedList(new ArrayList<>());
    final List<String> doubled = Collections.synchronizedList(new ArrayList<>());
    final List<String> silent = Collections.synchronizedList(new ArrayList<>());
    volatile int rounds;
    volatile double longestStallMs;
    volatile double stallP99Ms;
    volatile int heartbeats;
    volatile String stalledAt = "";
    volatile FaultPlan.Injected injected = new FaultPlan.Injected(0, 0, 0, 0, 0);
    volatile long created;

    /** What {@link #listen()} changed in the logging, put back by {@link #stopListening()}. */
    private Runnable unlisten = () -> { };

    /**
     * Counts the client's attempts and retries, and every task that failed other than by the server's refusal, until
     * {@link #stopListening()}: the tests after this one in the same JVM read the same loggers.
     */
    void listen() {
        Logger http = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
        Level httpBefore = http.getLevel();
        if (http.getEffectiveLevel().isGreaterOrEqual(Level.WARN)) {
            http.setLevel(Level.INFO);
        }
        Logger tasks = (Logger) LoggerFactory.getLogger("io.accountsdesk.app.core.tasks.TaskRunner");
        AppenderBase<ILoggingEvent> counter = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                String line = event.getFormattedMessage();
                if (event.getLoggerName().equals("io.accountsdesk.client.http")) {
                    if (line.contains(" -> retry ")) {
                        retries.incrementAndGet();
                    } else if (line.matches("(?s)\\S+ \\S+ -> (\\d{3} in|failed after|cancelled after) .*")) {
                        attempts.incrementAndGet();
                        if (!line.matches("(?s)\\S+ \\S+ -> [23]\\d\\d in .*")) {
                            failedAttempts.incrementAndGet();
                        }
                    }
                } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                    // The task runner logs a server's refusal at DEBUG; a WARN is a failure nobody planned for.
                    unexpectedFailures.add(line + ": " + describe(event.getThrowableProxy()));
                }
            }
        };
        counter.setContext(http.getLoggerContext());
        counter.setName("soak-counter");
        counter.start();
        http.addAppender(counter);
        tasks.addAppender(counter);
        unlisten = () -> {
            http.detachAppender(counter);
            tasks.detachAppender(counter);
            counter.stop();
            http.setLevel(httpBefore);
        };
    }

    void stopListening() {
        unlisten.run();
        unlisten = () -> { };
    }

    private static String describe(IThrowableProxy thrown) {
        if (thrown == null) {
            return "-";
        }
        String at = thrown.getStackTraceElementProxyArray().length == 0 ? ""
                : " at " + thrown.getStackTraceElementProxyArray()[0].getSTEAsString();
        return thrown.getClassName() + ": " + thrown.getMessage() + at
                + (thrown.getCause() == null ? "" : " / caused by " + describe(thrown.getCause()));
    }

    /** A failure the user was shown ({@code where}: the status bar, a dialog, an inline label); judges its words. */
    void shown(String where, String text) {
        userErrors.incrementAndGet();
        String key = text == null ? "" : text.replaceAll("\\d+", "#");
        userErrorsByText.merge(where + ": " + key, 1L, Long::sum);
        judge(where, text);
    }

    /** Records the words of a message shown for a failure if they are blank, raw, or say nothing to do. */
    void judge(String where, String text) {
        if (text == null || text.isBlank()) {
            badMessages.add(where + ": a blank message");
        } else if (RAW.matcher(text).matches()) {
            badMessages.add(where + ": raw text '" + text + "'");
        } else if (!ADVICE.matcher(text).matches()) {
            badMessages.add(where + ": says nothing to do: '" + text + "'");
        }
    }

    /** The figures as one line a reader can grep for, and a small table of the errors the user saw. */
    String report(String plan, long seed, double minutes) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "SOAK minutes=%.1f seed=%d rounds=%d steps=%d steps_failed=%d"
                        + " calls=%d failed_attempts=%d retries=%d faults_delayed=%d faults_5xx=%d faults_429=%d"
                        + " faults_dropped=%d faults_truncated=%d user_errors=%d saves=%d saves_retried=%d"
                        + " sign_ins_again=%d created=%d lost=%d doubled=%d silent=%d uncaught=%d unexpected=%d bad_messages=%d"
                        + " fx_heartbeats=%d fx_longest_stall_ms=%.0f fx_wait_p99_ms=%.1f%n",
                minutes, seed, rounds, steps.get(), stepsFailed.get(), attempts.get(), failedAttempts.get(),
                retries.get(), injected.delayed(), injected.errors(), injected.rateLimited(), injected.dropped(),
                injected.truncated(), userErrors.get(), saves.get(), savesRetriedByUser.get(), signIns.get(), created, lost.size(),
                doubled.size(), silent.size(), uncaught.size(), unexpectedFailures.size(), badMessages.size(),
                heartbeats, longestStallMs, stallP99Ms));
        out.append("SOAK plan: ").append(plan).append('\n');
        out.append("SOAK longest stall at: ").append(stalledAt.isEmpty() ? "-" : stalledAt).append('\n');
        synchronized (userErrorsByText) {
            userErrorsByText.forEach((text, n) -> out.append(String.format(Locale.ROOT, "SOAK shown %4d x %s%n", n,
                    text)));
        }
        for (var findings : List.of(Map.entry("uncaught", uncaught), Map.entry("unexpected", unexpectedFailures),
                Map.entry("bad message", badMessages), Map.entry("lost", lost), Map.entry("doubled", doubled),
                Map.entry("silent", silent))) {
            synchronized (findings.getValue()) {
                findings.getValue().stream().distinct().limit(20)
                        .forEach(f -> out.append("SOAK ").append(findings.getKey()).append(": ").append(f).append('\n'));
            }
        }
        return out.toString();
    }
}
