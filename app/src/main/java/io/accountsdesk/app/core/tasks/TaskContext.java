package io.accountsdesk.app.core.tasks;

import io.accountsdesk.client.http.Cancellation;

/**
 * What a task's work sees of itself while it runs on a worker: how to say what it is doing, how far it got, and the
 * cancellation to hand to the API client, so the user's cancel aborts the call in flight instead of waiting for it.
 */
public interface TaskContext {

    /** Cancelled when the user (or the end of the session) cancels the task. */
    Cancellation cancellation();

    /** What the task is doing now, in the user's words ("Page 3 of accounts"). */
    void message(String text);

    /** How far the work got; shown as a bar. */
    void progress(long done, long total);

    /** The work cannot tell how far it got: a bar that moves without a figure. */
    void indeterminate();

    /**
     * Hands {@code action} to the UI thread, after the reports made before it: for what the screen can show before
     * the work ends (a row created, a page found). Actions handed over from several of the work's own threads run one
     * at a time (among themselves and the task's reports), also where a test's runner has no UI thread of its own.
     * Once the session that owns the task has ended, they no longer run. A screen model's scheduler is not a way
     * there: a test's runs at once, on whichever worker asked.
     */
    void onUiThread(Runnable action);

    default boolean isCancelled() {
        return cancellation().isCancelled();
    }

    /** Stops the work here when it was cancelled, with the client's own {@code Cancelled} failure. */
    default void throwIfCancelled() {
        cancellation().throwIfCancelled("Stopped by the user.");
    }
}
