package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.UiScheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Steps that ready, ahead of time, what a first visit would otherwise build while the user waits (the account page's
 * classes, skins and style matches; the task list's cell). The steps run on the UI thread one at a time, each only
 * once the user has been {@link #QUIET} idle and no task runs, with a pause after each so input and pulses get
 * through between them. Any input puts the next step off: it never competes with the user.
 */
final class IdleWarmUp {

    /** How long without input and without a running task before a step runs. */
    static final Duration QUIET = Duration.ofMillis(800);
    /** The pause after a step, so a pulse and the user's input come before the next one. */
    static final Duration GAP = Duration.ofMillis(60);

    private final UiScheduler scheduler;
    private final BooleanSupplier busy;
    private final LongSupplier nanoClock;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private Cancellable next = Cancellable.NONE;
    private long lastInput;
    private boolean stopped;

    IdleWarmUp(UiScheduler scheduler, BooleanSupplier busy, LongSupplier nanoClock) {
        this.scheduler = scheduler;
        this.busy = busy;
        this.nanoClock = nanoClock;
        lastInput = nanoClock.getAsLong();
    }

    /** Adds a step; steps run in the order they were added. */
    IdleWarmUp then(Runnable step) {
        steps.add(step);
        return this;
    }

    /** Puts {@code more} before the steps still waiting, in their order: a step that finds more work to do. */
    void next(java.util.List<Runnable> more) {
        for (int i = more.size() - 1; i >= 0; i--) {
            steps.addFirst(more.get(i));
        }
    }

    /** Starts waiting for the first quiet moment. */
    void start() {
        schedule(QUIET);
    }

    /** The user typed, clicked or scrolled: the next step waits for another quiet moment. */
    void noteInput() {
        lastInput = nanoClock.getAsLong();
    }

    /** Whether steps are left to run. */
    boolean pending() {
        return !stopped && !steps.isEmpty();
    }

    /** Drops the steps not run yet (the session ends). */
    void stop() {
        stopped = true;
        next.cancel();
        steps.clear();
    }

    private void schedule(Duration delay) {
        next = scheduler.schedule(delay, this::runNext);
    }

    private void runNext() {
        if (!pending()) {
            return;
        }
        long quietNanos = nanoClock.getAsLong() - lastInput;
        if (busy.getAsBoolean() || quietNanos < QUIET.toNanos()) {
            schedule(QUIET);
            return;
        }
        steps.poll().run();
        if (pending()) {
            schedule(GAP);
        }
    }
}
