package io.accountsdesk.app.preferences;

import io.accountsdesk.app.core.tasks.TaskRunner;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The preferences in memory, observable, and saved in the background whenever they change, so the UI thread never
 * touches the disk.
 */
public final class PreferencesService {

    private final PreferencesStore store;
    private final TaskRunner tasks;
    private final String saveTitle;
    private final ReadOnlyObjectWrapper<AppPreferences> current;

    public PreferencesService(PreferencesStore store, AppPreferences loaded, TaskRunner tasks, String saveTitle) {
        this.store = store;
        this.current = new ReadOnlyObjectWrapper<>(this, "current", loaded);
        this.tasks = tasks;
        this.saveTitle = saveTitle;
    }

    public AppPreferences current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<AppPreferences> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void update(UnaryOperator<AppPreferences> change) {
        AppPreferences next = change.apply(current.get());
        if (next.equals(current.get())) {
            return;
        }
        current.set(next);
        // In order, on the app's writer: the newest preferences are the ones on disk, also after a quick exit.
        tasks.writes().submit(saveTitle, () -> store.save(next));
    }
}
