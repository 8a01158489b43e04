package io.accountsdesk.app.core;

import java.time.Duration;

/** Runs an action on the UI thread after a delay. View models debounce through this instead of a JavaFX timer. */
@FunctionalInterface
public interface UiScheduler {

    Cancellable schedule(Duration delay, Runnable action);

    /** Runs every action at once, on the calling thread: for tests that do not care about timing. */
    UiScheduler IMMEDIATE = (delay, action) -> {
        action.run();
        return Cancellable.NONE;
    };
}
