package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.actions.ActionRegistry;
import io.accountsdesk.app.core.actions.AppAction;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenDescriptor;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.session.Session;
import java.time.Clock;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import org.kordamp.ikonli.feather.Feather;

/**
 * One signed-in session on screen: its services, navigator, screens, actions and keys, and the shell view that frames
 * them. Made at sign-in; {@link #close()} at sign-out disposes every screen, cancels every task and waiting debounce
 * of the session, and takes its keys off the window.
 */
public final class Workspace implements AutoCloseable {

    /** What every session shares with the app: made once, handed to each workspace. */
    public record AppServices(Messages messages, TaskRunner tasks, UiScheduler scheduler, DialogService dialogs,
                              PreferencesService preferences, DraftStore drafts, ScreenRegistry screens,
                              ShellViewModel shell, AppFrame frame, Clock clock) {
    }

    /** The prefix of the actions that open a sidebar screen, which the shortcuts help lists apart. */
    static final String GO = "go.";

    private final AppServices app;
    private final Navigator navigator;
    private final SessionServices services;
    private final ActionRegistry actions = new ActionRegistry();
    private final ScreenHost host;
    private final ShellView view;
    private final Sidebar sidebar;
    private final CommandPaletteViewModel palette;
    private final CommandPaletteView paletteView;
    private final TaskListView taskList;
    private final ListChangeListener<TaskHandle> onLongTasks;
    private KeyBindings keys;
    private ShortcutsHelp help;
    /** The user opened the task list: it stays until they close it. */
    private boolean taskListPinned;

    public Workspace(Session session, AppServices app, Runnable signOut) {
        this.app = app;
        Messages messages = app.messages();
        navigator = new Navigator(app.screens()::knows);
        services = new SessionServices(session, app.tasks().scoped(), app.scheduler(), app.dialogs(), messages,
                navigator, app.preferences(), app.drafts(), app.clock());
        palette = new CommandPaletteViewModel(services, app.screens()::descriptors, actions);
        paletteView = new CommandPaletteView(palette, messages);
        palette.openProperty().addListener((obs, was, open) -> {
            if (open) {
                app.frame().showDismissable(paletteView, Pos.TOP_CENTER, palette::close);
                paletteView.focus();
            } else {
                app.frame().hide(paletteView);
            }
        });
        taskList = new TaskListView(app.tasks().activity().running(), messages);
        onLongTasks = change -> {
            // Once a task has run a while, the list of every running task shows itself, each with its cancel
            // button; it goes when nothing long runs any more, unless the user opened it.
            if (!app.tasks().activity().longRunning().isEmpty()) {
                app.frame().showInCorner(taskList);
            } else if (!taskListPinned) {
                app.frame().hideFromCorner(taskList);
            }
        };
        app.tasks().activity().longRunning().addListener(onLongTasks);

        sidebar = new Sidebar(app.screens().sidebar(), app.preferences(), navigator, app.shell(),
                () -> requestSignOut(signOut), messages);
        sidebar.setOnDeleteView(view -> app.preferences().update(p -> p.withoutSavedView(view.name())));
        StatusBar statusBar = new StatusBar(app.shell(), app.tasks().activity(), this::toggleTasks, messages);
        view = new ShellView(app.shell(), navigator, sidebar, statusBar, palette::show, this::showHelp, messages);
        host = new ScreenHost(app.screens(), services, actions, view::show);
        navigator.setOnArrive(host::open);
        navigator.setLeaveGuard(this::mayLeave);
        registerActions(signOut);
    }

    private void registerActions(Runnable signOut) {
        actions.addGlobal(AppAction.of("palette.open", "palette.open", "Shortcut+K", Feather.SEARCH, palette::show));
        actions.addGlobal(AppAction.of("help.open", "action.help", "F1", Feather.HELP_CIRCLE, this::showHelp));
        actions.addGlobal(AppAction.of("nav.back", "action.back", "Alt+Left", Feather.ARROW_LEFT, navigator::back)
                .enabledWhen(navigator.canGoBackProperty()));
        actions.addGlobal(AppAction.of("nav.forward", "action.forward", "Alt+Right", Feather.ARROW_RIGHT,
                navigator::forward).enabledWhen(navigator.canGoForwardProperty()));
        actions.addGlobal(AppAction.of("theme.cycle", "nav.theme.cycle", "Shortcut+Shift+L", Feather.MOON,
                app.shell()::cycleTheme));
        actions.addGlobal(AppAction.of("tasks.show", "tasks.show", "Shortcut+Shift+T", Feather.ACTIVITY,
                this::toggleTasks));
        actions.addGlobal(AppAction.of("session.signOut", "nav.switchEnvironment", null, Feather.LOG_OUT,
                () -> requestSignOut(signOut)));
        for (ScreenDescriptor screen : app.screens().sidebar()) {
            if (screen.shortcut() != null) {
                actions.addGlobal(AppAction.of(GO + screen.id(), screen.titleKey(), screen.shortcut(),
                        screen.icon(), () -> navigator.goTo(screen.place())));
            }
        }
    }

    /** Shows the workspace in the window and opens its first place. */
    public void start(Scene scene, Place first) {
        app.frame().setContent(view);
        keys = new KeyBindings(scene, actions, navigator, this::showHelp);
        keys.install();
        if (first == null || !navigator.goTo(first)) {
            navigator.goTo(app.screens().sidebar().get(0).place());
        }
    }

    /** Before the current place is left with unsaved changes, the user decides. */
    private boolean mayLeave(Place from, Place to) {
        Screen current = host.current();
        if (current == null || !current.hasUnsavedChanges()) {
            return true;
        }
        Messages messages = app.messages();
        boolean discard = app.dialogs().confirm(messages.get("form.leave.title"), messages.get("form.leave.text"),
                messages.get("form.leave.discard"));
        if (discard) {
            current.discardChanges();
        }
        return discard;
    }

    /** Whether the session may end now: asks first when a screen holds unsaved changes. */
    public boolean mayClose() {
        Place here = navigator.current();
        return here == null || mayLeave(here, here);
    }

    private void requestSignOut(Runnable signOut) {
        if (mayClose()) {
            signOut.run();
        }
    }

    private void toggleTasks() {
        if (app.frame().isShowing(taskList)) {
            taskListPinned = false;
            app.frame().hideFromCorner(taskList);
        } else {
            taskListPinned = true;
            app.frame().showInCorner(taskList);
        }
    }

    private void showHelp() {
        if (help != null && app.frame().isShowing(help)) {
            return;
        }
        help = new ShortcutsHelp(actions.screenActions(), actions.globalActions(), () -> app.frame().hide(help),
                app.messages());
        app.frame().showDismissable(help, Pos.CENTER, () -> app.frame().hide(help));
        help.requestFocus();
    }

    public Navigator navigator() {
        return navigator;
    }

    public SessionServices services() {
        return services;
    }

    public ActionRegistry actions() {
        return actions;
    }

    public ScreenHost screens() {
        return host;
    }

    public CommandPaletteViewModel palette() {
        return palette;
    }

    @Override
    public void close() {
        if (keys != null) {
            keys.uninstall();
        }
        app.tasks().activity().longRunning().removeListener(onLongTasks);
        app.frame().hide(paletteView);
        app.frame().hideFromCorner(taskList);
        if (help != null) {
            app.frame().hide(help);
        }
        host.disposeAll();
        palette.dispose();
        sidebar.dispose();
        view.dispose();
        services.close();
        navigator.setLeaveGuard(null);
        navigator.setOnArrive(null);
        navigator.clear();
        actions.clear();
    }
}
