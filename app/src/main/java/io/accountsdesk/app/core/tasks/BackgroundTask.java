package io.accountsdesk.app.core.tasks;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work as a value: its title, its work, and what to do on the UI thread when it ends. Built
 * with {@link #of}, chained with {@link #then}, and started with {@link TaskRunner#run(BackgroundTask)}.
 *
 * <pre>{@code
 * tasks.run(BackgroundTask.of(messages.get("account.task.save"), task -> api(task).accounts().update(id, update))
 *         .then(messages.get("account.task.reload"), (saved, task) -> api(task).accounts().get(id))
 *         .onSuccess(this::show)
 *         .onFailure(form::showServerErrors));
 * }</pre>
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    private static final Consumer<Object> NOTHING = ignored -> { };

    private final String title;
    private final TaskWork<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<? super Throwable> onFailure;
    private final Runnable onCancelled;
    private final Runnable onFinished;

    private BackgroundTask(String title, TaskWork<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure, Runnable onCancelled, Runnable onFinished) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.onCancelled = onCancelled;
        this.onFinished = onFinished;
    }

    /** @param title what the user would call this work ("Saving account T12345678"); shown while it runs */
    public static <T> BackgroundTask<T> of(String title, TaskWork<T> work) {
        return new BackgroundTask<>(title, work, NOTHING, NOTHING, () -> { }, () -> { });
    }

    /**
     * Adds a step that runs on the same worker once this one has worked, with its result. The task's message says
     * which step is running, and a cancel between steps stops before the next one. Call before the callbacks: they
     * belong to the chained task as a whole.
     */
    public <U> BackgroundTask<U> then(String stepMessage, TaskStep<? super T, U> next) {
        Objects.requireNonNull(next, "next");
        TaskWork<T> first = work;
        return new BackgroundTask<>(title, context -> {
            T previous = first.run(context);
            context.throwIfCancelled();
            context.message(stepMessage);
            return next.run(previous, context);
        }, NOTHING, NOTHING, onCancelled, onFinished);
    }

    /** Called on the UI thread with the result, unless the task was cancelled first. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        return new BackgroundTask<>(title, work, Objects.requireNonNull(action), onFailure, onCancelled, onFinished);
    }

    /** Called on the UI thread with the failure, unless the task was cancelled first. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        return new BackgroundTask<>(title, work, onSuccess, Objects.requireNonNull(action), onCancelled, onFinished);
    }

    /** Called on the UI thread when the task is cancelled, by the user or by the end of its scope. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure, Objects.requireNonNull(action), onFinished);
    }

    /** Called on the UI thread after whichever of success, failure or cancel happened. */
    public BackgroundTask<T> onFinished(Runnable action) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure, onCancelled, Objects.requireNonNull(action));
    }

    public String title() {
        return title;
    }

    TaskWork<T> work() {
        return work;
    }

    Consumer<? super T> successAction() {
        return onSuccess;
    }

    Consumer<? super Throwable> failureAction() {
        return onFailure;
    }

    Runnable cancelAction() {
        return onCancelled;
    }

    Runnable finishAction() {
        return onFinished;
    }
}
