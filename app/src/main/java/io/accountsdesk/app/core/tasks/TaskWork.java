package io.accountsdesk.app.core.tasks;

/** The work of a task: runs on a worker, never on the UI thread. */
@FunctionalInterface
public interface TaskWork<T> {

    T run(TaskContext context) throws Exception;
}
