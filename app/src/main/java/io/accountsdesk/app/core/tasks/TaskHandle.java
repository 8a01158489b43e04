package io.accountsdesk.app.core.tasks;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.client.http.Cancellation;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A running task as the UI sees it: title, message, progress and state, all updated on the UI thread, and the
 * cancel button's target. The worker's reports are coalesced, so a chatty task costs the UI one update per pulse at
 * most rather than one per report.
 */
public final class TaskHandle implements Cancellable {

    /** {@link #progressProperty()} while the work cannot tell how far it got. */
    public static final double INDETERMINATE = -1;

    private final String title;
    private final Executor uiThread;
    private final Cancellation cancellation = Cancellation.create();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", INDETERMINATE);
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TaskState.RUNNING);
    /** Settled once, by the outcome or by a cancel, whichever comes first: callbacks and counts happen once. */
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicReference<Future<?>> future = new AtomicReference<>();
    private final AtomicReference<Report> pending = new AtomicReference<>();
    private volatile java.util.function.Consumer<Boolean> cancelHook = quiet -> { };
    /**
     * Held while a report or a handed-over action runs. On the FX thread nobody else wants it; a synchronous runner's
     * "UI thread" is whichever thread hands over, and the work's own threads must not change a screen model together.
     */
    private final Object uiTurn = new Object();
    /** The owner is gone (the session ended): what the work still hands over has no screen to go to. */
    private volatile boolean quietlyCancelled;

    private record Report(String message, double progress) {
    }

    TaskHandle(String title, Executor uiThread) {
        this.title = title;
        this.uiThread = uiThread;
    }

    public String title() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 to 1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public boolean isDone() {
        return state.get().isDone();
    }

    /** Stops the task: the HTTP call in flight is aborted, the worker interrupted, and no success or failure follows. */
    @Override
    public void cancel() {
        cancel(false);
    }

    /**
     * @param quiet the owner is gone (the session ended): stop the work, but call none of its callbacks, since the
     *              screens they would update no longer exist
     */
    void cancel(boolean quiet) {
        if (settle()) {
            quietlyCancelled = quiet;
            cancellation.cancel();
            Future<?> running = future.get();
            if (running != null) {
                running.cancel(true);
            }
            uiThread.execute(() -> cancelHook.accept(quiet));
        }
    }

    Cancellation cancellation() {
        return cancellation;
    }

    boolean settle() {
        return settled.compareAndSet(false, true);
    }

    void attach(Future<?> running) {
        future.set(running);
    }

    /** What to do on the UI thread once cancelled; told whether the cancel is quiet. */
    void onCancel(java.util.function.Consumer<Boolean> hook) {
        this.cancelHook = hook;
    }

    /** On the UI thread. */
    void finish(TaskState outcome) {
        state.set(outcome);
    }

    /** From the worker: the latest report wins, and only one hop to the UI thread is queued at a time. */
    void report(String newMessage, Double newProgress) {
        Report previous;
        Report next;
        do {
            previous = pending.get();
            Report base = previous != null ? previous : new Report(null, Double.NaN);
            next = new Report(newMessage != null ? newMessage : base.message(),
                    newProgress != null ? newProgress : base.progress());
        } while (!pending.compareAndSet(previous, next));
        if (previous == null) {
            uiThread.execute(this::publish);
        }
    }

    private void publish() {
        synchronized (uiTurn) {
            Report report = pending.getAndSet(null);
            if (report == null) {
                return;
            }
            if (report.message() != null) {
                message.set(report.message());
            }
            if (!Double.isNaN(report.progress())) {
                progress.set(report.progress());
            }
        }
    }

    private void handOver(Runnable action) {
        uiThread.execute(() -> {
            synchronized (uiTurn) {
                if (!quietlyCancelled) {
                    action.run();
                }
            }
        });
    }

    /** The context the work sees; reports go through {@link #report}. */
    TaskContext context() {
        return new TaskContext() {
            @Override
            public Cancellation cancellation() {
                return cancellation;
            }

            @Override
            public void message(String text) {
                report(text == null ? "" : text, null);
            }

            @Override
            public void progress(long done, long total) {
                report(null, total <= 0 ? INDETERMINATE : Math.max(0, Math.min(1, (double) done / total)));
            }

            @Override
            public void indeterminate() {
                report(null, INDETERMINATE);
            }

            @Override
            public void onUiThread(Runnable action) {
                handOver(java.util.Objects.requireNonNull(action, "action"));
            }
        };
    }

    @Override
    public String toString() {
        return "TaskHandle[" + title + ", " + state.get() + "]";
    }
}
