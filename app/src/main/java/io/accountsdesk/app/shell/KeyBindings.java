package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.nav.Navigator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the registry's keys on the window for one session: every action's shortcut, the mouse's back and forward
 * buttons, and {@code ?} for the shortcuts help wherever the user is not typing. {@link #uninstall()} takes them all
 * off again.
 */
final class KeyBindings {

    private static final Logger LOG = LoggerFactory.getLogger(KeyBindings.class);

    private final Scene scene;
    private final ActionRegistry actions;
    private final Map<KeyCombination, Runnable> installed = new HashMap<>();
    private final ListChangeListener<AppAction> onChange = change -> refresh();
    private final EventHandler<MouseEvent> mouse;
    private final EventHandler<KeyEvent> questionMark;

    KeyBindings(Scene scene, ActionRegistry actions, Navigator navigator, Runnable help) {
        this.scene = scene;
        this.actions = actions;
        this.mouse = event -> {
            if (event.getButton() == MouseButton.BACK) {
                navigator.back();
                event.consume();
            } else if (event.getButton() == MouseButton.FORWARD) {
                navigator.forward();
                event.consume();
            }
        };
        this.questionMark = event -> {
            if ("?".equals(event.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                help.run();
                event.consume();
            }
        };
    }

    void install() {
        actions.globalActions().addListener(onChange);
        actions.screenActions().addListener(onChange);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, mouse);
        scene.addEventFilter(KeyEvent.KEY_TYPED, questionMark);
        refresh();
    }

    /** The screen's keys win over the app's when both use one. */
    private void refresh() {
        removeInstalled();
        bind(actions.globalActions());
        bind(actions.screenActions());
    }

    private void bind(List<AppAction> list) {
        for (AppAction action : list) {
            if (action.shortcut() == null) {
                continue;
            }
            try {
                KeyCombination keys = KeyCombination.valueOf(action.shortcut());
                Runnable run = action::runIfEnabled;
                installed.put(keys, run);
                scene.getAccelerators().put(keys, run);
            } catch (IllegalArgumentException unreadable) {
                LOG.warn("Action {} has an unreadable shortcut '{}'", action.id(), action.shortcut());
            }
        }
    }

    private void removeInstalled() {
        installed.forEach((keys, run) -> scene.getAccelerators().remove(keys, run));
        installed.clear();
    }

    void uninstall() {
        actions.globalActions().removeListener(onChange);
        actions.screenActions().removeListener(onChange);
        scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, mouse);
        scene.removeEventFilter(KeyEvent.KEY_TYPED, questionMark);
        removeInstalled();
    }
}
