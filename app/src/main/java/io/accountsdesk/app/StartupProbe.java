package io.accountsdesk.app;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.ui.ContentState;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * {@code --startup-probe}: waits until the account list shows its first page, prints one line for scripts and ends
 * the app. {@code startup-probe ready_ms=1234 rows=50} (milliseconds since the process started) with status 0, or
 * {@code startup-probe failed reason=timeout} with status 1. The line is printed once, whatever happens after.
 *
 * <p>It only watches properties: the clock, the output, the wait for the next frame, the timer and the exit are
 * handed in, so its decisions are tested without a toolkit. All calls come on the UI thread.
 */
public final class StartupProbe {

    /** Longer than any start on a working machine; a probe that waits longer reports a failure instead. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final LongSupplier sinceProcessStart;
    private final Consumer<String> out;
    private final Consumer<Runnable> afterNextFrame;
    private final IntConsumer exit;
    private boolean decided;
    private Cancellable timeout = Cancellable.NONE;
    /** Milestones on the way, in order: where the start spends its time, for docs/benchmarks.md. */
    private final java.util.LinkedHashMap<String, Long> phases = new java.util.LinkedHashMap<>();

    /**
     * @param sinceProcessStart milliseconds since the process started
     * @param out               receives the one line
     * @param afterNextFrame    runs its argument once the scene has been laid out with what the model now holds, so
     *                          "ready" means rows on screen and not only rows in a list
     * @param exit              ends the app with the given status
     */
    public StartupProbe(LongSupplier sinceProcessStart, Consumer<String> out, Consumer<Runnable> afterNextFrame,
                        IntConsumer exit) {
        this.sinceProcessStart = sinceProcessStart;
        this.out = out;
        this.afterNextFrame = afterNextFrame;
        this.exit = exit;
    }

    /** Notes that the start reached {@code phase} now (first time only). */
    public void mark(String phase) {
        phases.putIfAbsent(phase, sinceProcessStart.getAsLong());
    }

    /** Notes a milestone reached before the probe existed, at {@code msSinceStart}. */
    public void mark(String phase, long msSinceStart) {
        phases.putIfAbsent(phase, msSinceStart);
    }

    /** Starts the time limit, counted from the process's start, not from this call. */
    public void startTimer(UiScheduler scheduler) {
        Duration left = TIMEOUT.minusMillis(sinceProcessStart.getAsLong());
        timeout = scheduler.schedule(left.isNegative() ? Duration.ZERO : left, () -> fail("timeout"));
    }

    /** Watches an account list: the first page with rows is success; an empty list or a failed load is not. */
    public void watchList(ObservableValue<ContentState> state, ObservableList<?> rows) {
        InvalidationListener check = changed -> check(state.getValue(), rows.size());
        state.addListener(check);
        rows.addListener(check);
        check(state.getValue(), rows.size());
    }

    /** Fails with {@code reason} as soon as {@code message} holds text, e.g. a sign-in error on the form. */
    public void failOnMessage(ObservableValue<String> message, String reason) {
        InvalidationListener check = changed -> {
            String text = message.getValue();
            if (text != null && !text.isBlank()) {
                fail(reason);
            }
        };
        message.addListener(check);
        check.invalidated(message);
    }

    /** Ends the probe with a failure; {@code reason} is one word for scripts, e.g. {@code needs-sign-in}. */
    public void fail(String reason) {
        if (decide()) {
            finish("startup-probe failed reason=" + reason, 1);
        }
    }

    /** Whether the line has been decided on (it may still wait for the next frame). */
    public boolean decided() {
        return decided;
    }

    private void check(ContentState state, int rows) {
        if (decided || state == null) {
            return;
        }
        switch (state) {
            case READY -> {
                if (rows > 0 && decide()) {
                    if (!phases.isEmpty()) {
                        mark("rows");
                    }
                    afterNextFrame.accept(() -> {
                        long ready = sinceProcessStart.getAsLong();
                        if (!phases.isEmpty()) {
                            StringBuilder line = new StringBuilder("startup-phases");
                            phases.forEach((phase, ms) -> line.append(' ').append(phase).append("_ms=").append(ms));
                            out.accept(line.toString());
                        }
                        finish("startup-probe ready_ms=" + ready + " rows=" + rows, 0);
                    });
                }
            }
            case EMPTY -> fail("empty-list");
            case ERROR -> fail("load-error");
            case LOADING -> {
                // still on its way
            }
        }
    }

    private boolean decide() {
        if (decided) {
            return false;
        }
        decided = true;
        timeout.cancel();
        return true;
    }

    private void finish(String line, int status) {
        out.accept(line);
        exit.accept(status);
    }
}
