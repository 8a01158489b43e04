package io.accountsdesk.app.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler whose delayed actions run only when the test says so. */
public final class ManualScheduler implements UiScheduler {

    private final List<Scheduled> pending = new ArrayList<>();

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Scheduled scheduled = new Scheduled(action);
        pending.add(scheduled);
        return () -> scheduled.cancelled = true;
    }

    /** Runs every action not cancelled, as if their delays had passed. */
    public void runDue() {
        List<Scheduled> due = new ArrayList<>(pending);
        pending.clear();
        due.stream().filter(s -> !s.cancelled).forEach(s -> s.action.run());
    }

    public long pendingCount() {
        return pending.stream().filter(s -> !s.cancelled).count();
    }

    private static final class Scheduled {
        private final Runnable action;
        private boolean cancelled;

        Scheduled(Runnable action) {
            this.action = action;
        }
    }
}
