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
import io.accountsdesk.app.diagnostics.HelpViewModel;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.signin.AccountSwitcherView;
import io.accountsdesk.app.signin.AccountSwitcherViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.InputEvent;
import org.kordamp.ikonli.feather.Feather;

/**
 * One signed-in session on screen: its services, navigator, screens, actions and keys, and the shell view that frames
 * them. Made at sign-in; {@link #close()} at sign-out disposes every screen, cancels every task and waiting debounce
 * of the session, and takes its keys off the window.
 */
public final class Workspace implements AutoCloseable {

    /**
     * What every session shares with the app: made once, handed to each workspace. {@code warmUp}: whether a session
     * readies its unvisited screens while the user is idle ({@link IdleWarmUp}).
     */
    public record AppServices(Messages messages, TaskRunner tasks, UiScheduler scheduler, DialogService dialogs,
                              PreferencesService preferences, DraftStore drafts, ScreenRegistry screens,
                              ShellViewModel shell, AppFrame frame, Clock clock, boolean warmUp,
                              HelpViewModel help) {
    }

    /** The prefix of the actions that open a sidebar screen, which the shortcuts help lists apart. */
    static final String GO = "go.";
    /** The signed-in person's own screen, which the status bar links to when a feature registers it. */
    static final String MY_ACCOUNT = "my-account";

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
    private final IdleWarmUp warmUp;
    private final AccountSwitcherViewModel switcher;
    private final AccountSwitcherView switcherView;
    private final EventHandler<InputEvent> onInput;
    /** The screen the warm-up made and shows unseen right now, if any: thrown away when it is done. */
    private Screen warming;
    private Scene scene;
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
        switcher = new AccountSwitcherViewModel(services, partner -> requestSignOut(
                () -> app.shell().signOutToSignInAt(partner)));
        switcherView = new AccountSwitcherView(switcher, messages, this::hideAccountSwitcher);
        StatusBar statusBar = new StatusBar(app.shell(), app.tasks().activity(), this::toggleTasks,
                this::showAccountSwitcher, messages);
        app.screens().find(MY_ACCOUNT).ifPresent(myAccount -> statusBar.linkTo(
                messages.get(myAccount.descriptor().titleKey()), () -> navigator.goTo(Place.of(MY_ACCOUNT))));
        view = new ShellView(app.shell(), navigator, sidebar, statusBar, palette::show, this::showHelp, app.help(),
                messages);
        host = new ScreenHost(app.screens(), services, actions, view::show);
        warmUp = new IdleWarmUp(app.scheduler(), () -> !app.tasks().activity().running().isEmpty(), System::nanoTime);
        onInput = event -> warmUp.noteInput();
        navigator.setOnArrive(host::open);
        navigator.setLeaveGuard(this::mayLeave);
        registerActions(signOut);
    }

    /** The person's accounts over the screen: a sub-account opens here, another partner is a new sign-in. */
    private void showAccountSwitcher() {
        if (!app.shell().personSessionProperty().get()) {
            return;
        }
        switcher.load();
        app.frame().showDismissable(switcherView, Pos.BOTTOM_LEFT, this::hideAccountSwitcher);
        switcherView.focus();
    }

    private void hideAccountSwitcher() {
        app.frame().hide(switcherView);
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
        // Support's two questions, from anywhere: where is the log, and what does the app say about itself.
        actions.addGlobal(AppAction.of("help.openLogFolder", "action.openLogFolder", null, Feather.FOLDER,
                app.help()::openLogFolder));
        actions.addGlobal(AppAction.of("help.copyDiagnostics", "action.copyDiagnostics", null, Feather.CLIPBOARD,
                app.help()::copyDiagnostics).enabledWhen(app.help().copyingProperty().not()));
        actions.addGlobal(AppAction.of("session.signOut", "nav.switchEnvironment", null, Feather.LOG_OUT,
                () -> requestSignOut(signOut)));
        actions.addGlobal(AppAction.of("session.switchAccount", "switcher.title", "Shortcut+Shift+A", Feather.REPEAT,
                this::showAccountSwitcher).enabledWhen(app.shell().personSessionProperty()));
        // Every screen with a shortcut, listed in the sidebar or not (My account is reached from the status bar).
        for (ScreenDescriptor screen : app.screens().descriptors()) {
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
        app.screens().sessionStarted(services);
        if (app.warmUp()) {
            this.scene = scene;
            scene.addEventFilter(InputEvent.ANY, onInput);
            planWarmUp();
            warmUp.start();
        }
    }

    /**
     * While the user reads the first page: the task list and every screen not visited yet are made once, unseen, and
     * thrown away, so their classes, skins and style matches are ready when the user first needs them. A screen made
     * this way is not the session's: the real one is still made on its first visit (and is then quick to make).
     */
    private void planWarmUp() {
        TaskListView[] sample = new TaskListView[1];
        warmUp.then(() -> {
            sample[0] = TaskListView.sample(app.messages(), app.messages().get("tasks.title"));
            app.frame().warm(sample[0]);
        }).then(app.frame()::layOutWarm).then(() -> app.frame().cool(sample[0]));
        for (ScreenDescriptor descriptor : app.screens().descriptors()) {
            app.screens().find(descriptor.id()).ifPresent(registration -> warmUp.then(() -> {
                if (!host.made().containsKey(descriptor.id())) {
                    warming = registration.factory().apply(services);
                }
            }).then(() -> {
                if (warming != null) {
                    app.frame().warm(warming.view());
                }
            }).then(() -> {
                if (warming != null) {
                    app.frame().layOutWarm();
                    warmUp.next(tabSteps(warming.view()));
                }
            }).then(() -> {
                if (warming != null) {
                    app.frame().cool(warming.view());
                    warming.dispose();
                    warming = null;
                }
            }));
        }
    }

    /** A step per tab of the warmed view's tab panes: selecting a tab makes, styles and lays out its content. */
    private List<Runnable> tabSteps(Node view) {
        List<Runnable> steps = new ArrayList<>();
        for (Node node : view.lookupAll(".tab-pane")) {
            if (node instanceof TabPane pane) {
                for (Tab tab : List.copyOf(pane.getTabs())) {
                    steps.add(() -> {
                        pane.getSelectionModel().select(tab);
                        pane.applyCss();
                        app.frame().layOutWarm();
                    });
                }
            }
        }
        return steps;
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
                app.help(), app.messages());
        app.frame().showDismissable(help, Pos.CENTER, () -> app.frame().hide(help));
        help.requestFocus();
    }

    /**
     * Whether the idle warm-up still has steps to run (for tests and the bench). Read it on the UI thread: a step
     * running there has already left the queue.
     */
    public boolean warmingUp() {
        return warmUp.pending();
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
        warmUp.stop();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, onInput);
        }
        app.frame().coolAll();
        if (warming != null) {
            warming.dispose();
            warming = null;
        }
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
