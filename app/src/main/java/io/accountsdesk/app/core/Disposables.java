package io.accountsdesk.app.core;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an owner (a view model, a screen) must undo when it goes: listeners, subscriptions, waiting debounces,
 * running tasks. {@link #dispose()} undoes them newest first; anything added afterwards is undone at once.
 */
public final class Disposables {

    private final Deque<Cancellable> undo = new ArrayDeque<>();
    private boolean disposed;

    /** Something to undo at disposal: a subscription, a debounce, a task, or a listener's removal. */
    public void add(Cancellable undoAction) {
        if (disposed) {
            undoAction.cancel();
            return;
        }
        undo.push(undoAction);
    }

    public void dispose() {
        disposed = true;
        while (!undo.isEmpty()) {
            undo.pop().cancel();
        }
    }

    /** How many undo actions wait: lets a test see that nothing is left behind. */
    public int size() {
        return undo.size();
    }
}
