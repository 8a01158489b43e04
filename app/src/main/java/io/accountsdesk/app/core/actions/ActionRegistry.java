package io.accountsdesk.app.core.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one list of actions and their keys: the app's own, which always apply, and those of the screen on show, which
 * change as the user moves. The shell binds the keys from here, the palette offers these, the help lists them.
 */
public final class ActionRegistry {

    private final ObservableList<AppAction> global = FXCollections.observableArrayList();
    private final ObservableList<AppAction> screen = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call would be collected, and the listeners on it with it.
    private final ObservableList<AppAction> globalView = FXCollections.unmodifiableObservableList(global);
    private final ObservableList<AppAction> screenView = FXCollections.unmodifiableObservableList(screen);

    public void addGlobal(AppAction action) {
        if (find(action.id()).isPresent()) {
            throw new IllegalArgumentException("An action " + action.id() + " is registered already");
        }
        global.add(action);
    }

    /** The actions of the screen now on show, replacing the last screen's. */
    public void setScreenActions(List<AppAction> actions) {
        screen.setAll(actions);
    }

    public ObservableList<AppAction> globalActions() {
        return globalView;
    }

    public ObservableList<AppAction> screenActions() {
        return screenView;
    }

    /** Everything that applies now: the screen's actions first, as they are what the user is looking at. */
    public List<AppAction> available() {
        List<AppAction> all = new ArrayList<>(screen);
        all.addAll(global);
        return all;
    }

    public Optional<AppAction> find(String id) {
        return available().stream().filter(action -> action.id().equals(id)).findFirst();
    }

    /** Forgets the session's actions. */
    public void clear() {
        global.clear();
        screen.clear();
    }
}
