package io.accountsdesk.app.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A scheduler that belongs to one owner (a session, a screen): closing it calls off every action still waiting, so
 * no debounce fires for a screen or a session that has gone.
 */
public final class ScopedScheduler implements UiScheduler, AutoCloseable {

    private final UiScheduler scheduler;
    private final Set<Cancellable> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ScopedScheduler(UiScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (closed.get()) {
            return Cancellable.NONE;
        }
        Entry entry = new Entry(action);
        pending.add(entry);
        entry.scheduled = scheduler.schedule(delay, entry::fire);
        return entry;
    }

    /** One waiting action: runs at most once, and forgets itself when it runs or is called off. */
    private final class Entry implements Cancellable {
        private final Runnable action;
        private volatile Cancellable scheduled = Cancellable.NONE;

        Entry(Runnable action) {
            this.action = action;
        }

        void fire() {
            if (pending.remove(this) && !closed.get()) {
                action.run();
            }
        }

        @Override
        public void cancel() {
            pending.remove(this);
            scheduled.cancel();
        }
    }

    /** Actions scheduled here and not yet run or called off. */
    public int pendingCount() {
        return pending.size();
    }

    @Override
    public void close() {
        closed.set(true);
        new ArrayList<>(pending).forEach(Cancellable::cancel);
        pending.clear();
    }
}
