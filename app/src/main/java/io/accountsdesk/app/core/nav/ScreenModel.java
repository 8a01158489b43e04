package io.accountsdesk.app.core.nav;

/**
 * The view-model side of a screen's lifecycle: shown with a place, hidden, disposed at sign-out, and asked before
 * the user leaves unsaved changes. Toolkit-free, so the lifecycle is tested without windows.
 */
public interface ScreenModel {

    /** Shown, or shown again for {@code place} (another account, another tab). */
    void activate(Place place);

    /** Hidden because the user went elsewhere. */
    default void deactivate() {
    }

    /** The session ends: stop every task, debounce and listener. */
    void dispose();

    /** Whether leaving would lose the user's typing. */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** Drops unsaved changes, after the user agreed to leave without them. */
    default void discardChanges() {
    }
}
