package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Place;
import java.util.List;
import javafx.scene.Node;

/**
 * One screen of a session: its view and the lifecycle the shell drives. A screen is made the first time its place
 * is opened, shown again (with new parameters, perhaps) whenever the user comes back, and disposed at sign-out.
 */
public interface Screen {

    /** The view; the same node every time. */
    Node view();

    /** Shown, or shown again for {@code place} (another account, another tab). */
    void activate(Place place);

    /** Hidden because the user went elsewhere; work that only matters while visible may stop. */
    default void deactivate() {
    }

    /** The session ends: stop every task, debounce and listener of this screen. */
    default void dispose() {
    }

    /** Whether leaving would lose the user's typing; the shell asks before it does. */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** Drops unsaved changes, after the user agreed to leave without them. */
    default void discardChanges() {
    }

    /** This screen's own actions, with their keys; they apply while it is on show. */
    default List<AppAction> actions() {
        return List.of();
    }

    /**
     * Whether the screen's content has arrived, for the start-up probe: its state and the items it shows; {@code null}
     * for a screen without a list.
     */
    default Readiness readiness() {
        return null;
    }

    /** A screen's content state and items, as the start-up probe watches them. */
    record Readiness(javafx.beans.value.ObservableValue<io.accountsdesk.ui.ContentState> state,
                     javafx.collections.ObservableList<?> items) {
    }

    /** Puts the keyboard where work on this screen starts. */
    default void focusDefault() {
    }
}
