package io.accountsdesk.app.settings;

import io.accountsdesk.app.core.TaskRunner;
import java.util.function.UnaryOperator;

/** The settings in memory, saved in the background whenever they change so the UI thread never touches the disk. */
public final class SettingsService {

    private final SettingsStore store;
    private final TaskRunner tasks;
    private final String saveDescription;
    private AppSettings current;

    public SettingsService(SettingsStore store, AppSettings loaded, TaskRunner tasks, String saveDescription) {
        this.store = store;
        this.current = loaded;
        this.tasks = tasks;
        this.saveDescription = saveDescription;
    }

    public AppSettings current() {
        return current;
    }

    public void update(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        tasks.fireAndForget(saveDescription, () -> store.save(next));
    }
}
