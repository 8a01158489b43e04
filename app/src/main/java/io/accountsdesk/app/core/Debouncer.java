package io.accountsdesk.app.core;

import java.time.Duration;

/** Runs only the last of a quick burst of actions, once the burst has been quiet for the delay. */
public final class Debouncer {

    private final UiScheduler scheduler;
    private final Duration delay;
    private Cancellable pending = Cancellable.NONE;

    public Debouncer(UiScheduler scheduler, Duration delay) {
        this.scheduler = scheduler;
        this.delay = delay;
    }

    public void submit(Runnable action) {
        pending.cancel();
        pending = scheduler.schedule(delay, action);
    }

    public void cancel() {
        pending.cancel();
        pending = Cancellable.NONE;
    }
}
