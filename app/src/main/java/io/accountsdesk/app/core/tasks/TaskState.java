package io.accountsdesk.app.core.tasks;

/** Where a task stands. Every task ends in exactly one of the last three. */
public enum TaskState {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isDone() {
        return this != RUNNING;
    }
}
