package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.nav.Place;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The screens of one session: made on first visit, activated and deactivated as the navigator moves, disposed
 * together when the session ends. It shows each place it is given in {@code show}, the shell's content area.
 */
public final class ScreenHost {

    private final ScreenRegistry registry;
    private final SessionServices services;
    private final ActionRegistry actions;
    private final Consumer<Node> show;
    private final Map<String, Screen> made = new LinkedHashMap<>();
    private Screen current;

    public ScreenHost(ScreenRegistry registry, SessionServices services, ActionRegistry actions, Consumer<Node> show) {
        this.registry = registry;
        this.services = services;
        this.actions = actions;
        this.show = show;
    }

    /** Shows {@code place}, making its screen first if this is its first visit. */
    public void open(Place place) {
        ScreenRegistration registration = registry.find(place.screen())
                .orElseThrow(() -> new IllegalArgumentException("No screen " + place.screen()));
        Screen existing = made.get(place.screen());
        if (current != null && current != existing) {
            current.deactivate();
        }
        Screen screen = made.computeIfAbsent(place.screen(), id -> registration.factory().apply(services));
        boolean arriving = current != screen;
        current = screen;
        if (arriving) {
            show.accept(screen.view());
            actions.setScreenActions(screen.actions());
        }
        screen.activate(place);
        if (arriving) {
            screen.focusDefault();
        }
    }

    /** The screen on show, or {@code null} before the first place. */
    public Screen current() {
        return current;
    }

    /** The screens made so far: a screen nobody visited was never made. */
    public Map<String, Screen> made() {
        return Map.copyOf(made);
    }

    /** Ends every screen of the session. */
    public void disposeAll() {
        if (current != null) {
            current.deactivate();
        }
        made.values().forEach(Screen::dispose);
        made.clear();
        current = null;
        actions.setScreenActions(java.util.List.of());
    }
}
