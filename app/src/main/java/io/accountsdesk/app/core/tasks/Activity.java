package io.accountsdesk.app.core.tasks;

import io.accountsdesk.app.core.UiScheduler;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one place where background work reports itself: every running task, the ones that have run long enough to
 * deserve a task list with cancel buttons, what the newest one is doing, and the last failure. The status bar binds
 * to this. Changed only on the UI thread, by {@link TaskRunner}.
 */
public final class Activity {

    /** A task that runs longer than this earns a place in the task list. */
    public static final Duration LONG = Duration.ofSeconds(1);

    private final UiScheduler scheduler;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> longRunning = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call would be collected, and the listeners on it with it.
    private final ObservableList<TaskHandle> runningView = FXCollections.unmodifiableObservableList(running);
    private final ObservableList<TaskHandle> longRunningView = FXCollections.unmodifiableObservableList(longRunning);
    private final ObservableIntegerValue runningCount = Bindings.size(running);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper(this, "lastFailure", "");
    private String failedTask;

    public Activity(UiScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void started(TaskHandle task) {
        running.add(task);
        refreshCurrent();
        scheduler.schedule(LONG, () -> {
            if (running.contains(task)) {
                longRunning.add(task);
            }
        });
    }

    void finished(TaskHandle task, TaskState outcome, String failureMessage) {
        running.remove(task);
        longRunning.remove(task);
        refreshCurrent();
        if (outcome == TaskState.FAILED) {
            failedTask = task.title();
            lastFailure.set(failureMessage);
        } else if (outcome == TaskState.SUCCEEDED && task.title().equals(failedTask)) {
            // The same work has now worked, so the old failure no longer describes the state of things.
            clearFailure();
        }
    }

    /** A failure of work that is not a task of its own (a write to disk). */
    void failed(String title, String message) {
        failedTask = title;
        lastFailure.set(message);
    }

    /** The newest task still running speaks for all: a task that ends never leaves its words behind. */
    private void refreshCurrent() {
        current.set(running.isEmpty() ? "" : running.get(running.size() - 1).title());
    }

    public void clearFailure() {
        lastFailure.set("");
        failedTask = null;
    }

    /** Every task running now, oldest first. */
    public ObservableList<TaskHandle> running() {
        return runningView;
    }

    /** The tasks that have run for longer than {@link #LONG}: the task list shows these, each with its cancel. */
    public ObservableList<TaskHandle> longRunning() {
        return longRunningView;
    }

    public ObservableIntegerValue runningCount() {
        return runningCount;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }
}
