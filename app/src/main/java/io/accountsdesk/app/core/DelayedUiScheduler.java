package io.accountsdesk.app.core;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A {@link UiScheduler} that waits on a timer thread and then hands the action to the UI thread. */
public final class DelayedUiScheduler implements UiScheduler, AutoCloseable {

    private final Executor uiThread;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public DelayedUiScheduler(Executor uiThread) {
        this.uiThread = uiThread;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(() -> uiThread.execute(action), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
