package io.accountsdesk.app.core;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one place where background work reports itself: how many tasks run, what the latest one is doing, and the last
 * failure. The status bar binds to this. Updated only on the UI thread by {@link TaskRunner}.
 */
public final class Activity {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper(this, "lastFailure", "");
    private String failedTask;

    void started(String description) {
        running.set(running.get() + 1);
        current.set(description);
    }

    void succeeded(String description) {
        finished();
        if (description.equals(failedTask)) {
            // The same work has now worked, so the old failure no longer describes the state of things.
            lastFailure.set("");
            failedTask = null;
        }
    }

    void failed(String description, String message) {
        finished();
        failedTask = description;
        lastFailure.set(message);
    }

    void cancelled() {
        finished();
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            current.set("");
        }
    }

    public void clearFailure() {
        lastFailure.set("");
        failedTask = null;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }
}
