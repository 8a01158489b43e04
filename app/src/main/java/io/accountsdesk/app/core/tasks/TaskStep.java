package io.accountsdesk.app.core.tasks;

/** A later step of a chained task: takes what the step before produced, on the same worker. */
@FunctionalInterface
public interface TaskStep<T, U> {

    U run(T previous, TaskContext context) throws Exception;
}
