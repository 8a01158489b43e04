package io.accountsdesk.app.core.actions;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import org.kordamp.ikonli.Ikon;

/**
 * Something the user can do from anywhere it applies: by its key, from the command palette, or from a button. The
 * shortcuts help lists every action with its key.
 *
 * @param id       stable id ({@code account.delete}), for tests and the palette
 * @param titleKey message key of its name
 * @param shortcut JavaFX key combination text ({@code Shortcut+K}, {@code Alt+Left}), or {@code null}
 * @param icon     an icon for menus and the palette, or {@code null}
 * @param enabled  whether it can run now
 * @param run      what it does, on the UI thread
 */
public record AppAction(String id, String titleKey, String shortcut, Ikon icon, ObservableBooleanValue enabled,
                        Runnable run) {

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    public AppAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(run, "run");
        enabled = enabled == null ? ALWAYS : enabled;
    }

    public static AppAction of(String id, String titleKey, String shortcut, Ikon icon, Runnable run) {
        return new AppAction(id, titleKey, shortcut, icon, ALWAYS, run);
    }

    public AppAction enabledWhen(ObservableBooleanValue condition) {
        return new AppAction(id, titleKey, shortcut, icon, condition, run);
    }

    /** Runs it if it is enabled; returns whether it ran. */
    public boolean runIfEnabled() {
        if (!enabled.get()) {
            return false;
        }
        run.run();
        return true;
    }
}
