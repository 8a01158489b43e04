package io.accountsdesk.app;

import io.accountsdesk.app.accounts.AccountDetailViewModel;
import io.accountsdesk.app.accounts.AccountListViewModel;
import io.accountsdesk.app.accounts.AccountsView;
import io.accountsdesk.app.core.Activity;
import io.accountsdesk.app.core.DelayedUiScheduler;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.settings.AppSettings;
import io.accountsdesk.app.settings.SettingsService;
import io.accountsdesk.app.settings.SettingsStore;
import io.accountsdesk.app.settings.ThemeChoice;
import io.accountsdesk.app.shell.FxDialogService;
import io.accountsdesk.app.shell.ShellView;
import io.accountsdesk.app.shell.ShellViewModel;
import io.accountsdesk.app.shell.SystemColorScheme;
import io.accountsdesk.app.signin.SignInView;
import io.accountsdesk.app.signin.SignInViewModel;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.ui.Theme;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the services once, hands them to view models through their constructors, and
 * switches between the sign-in screen and the main window as sessions begin and end.
 */
public final class AccountsDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsDeskApp.class);

    private LaunchOptions options;
    private Messages messages;
    private SettingsStore settingsStore;
    private AppSettings settings;
    private boolean systemDark;

    private TaskRunner tasks;
    private DelayedUiScheduler scheduler;
    private SessionFactory sessions;
    private ShellViewModel shell;
    /** The screen of the current session, or {@code null} while signed out; shortcuts act on it. */
    private AccountsView accountsView;

    private final List<String> fixedArgs;
    private final Consumer<String> probeOut;
    private final IntConsumer probeExit;
    private LongSupplier sinceProcessStart;
    /** Only with {@code --startup-probe}; otherwise {@code null} and nothing below looks at it. */
    private StartupProbe probe;
    /** The status the probe decided on; {@link #stop()} ends the JVM with it once the sandbox is closed. */
    private volatile Integer probeStatus;

    public AccountsDeskApp() {
        this(null, null, null);
    }

    /**
     * For tests: fixed arguments instead of the launcher's, and the probe's line and verdict go to the test instead of
     * standard output and {@code System.exit}, which would end the test JVM.
     */
    AccountsDeskApp(List<String> args, Consumer<String> probeOut, IntConsumer probeExit) {
        this.fixedArgs = args;
        this.probeOut = probeOut != null ? probeOut : AccountsDeskApp::printLine;
        this.probeExit = probeExit != null ? probeExit : this::exitAfterProbe;
    }

    /** Runs on the launcher thread, before the UI exists: the place for reading files and asking the OS. */
    @Override
    public void init() {
        options = LaunchOptions.parse(fixedArgs != null ? fixedArgs : getParameters().getRaw(), System.getenv());
        if (options.startupProbe()) {
            sinceProcessStart = ProcessClock.sinceStart();
        }
        messages = Messages.load(options.locale() != null ? options.locale() : Locale.getDefault());
        settingsStore = new SettingsStore(options.configDir().resolve("settings.properties"));
        settings = settingsStore.load();
        ThemeChoice theme = options.theme() != null ? options.theme() : settings.theme();
        systemDark = theme == ThemeChoice.SYSTEM && SystemColorScheme.prefersDark();
        if (options.theme() != null) {
            settings = settings.withTheme(options.theme());
        }
        SandboxOptions sandboxOptions = SandboxOptions.defaults()
                .withPort(0)
                .withAccounts(options.sandboxAccounts())
                .withReset(options.resetSandbox())
                .withFaults(options.sandboxFaults());
        if (options.sandboxDataDir() != null) {
            sandboxOptions = sandboxOptions.withDataDir(options.sandboxDataDir());
        }
        sessions = new SessionFactory(sandboxOptions, AccountsDeskApp::refuseUiThread);
    }

    @Override
    public void start(Stage stage) {
        Activity activity = new Activity();
        ErrorMessages errors = new ErrorMessages(messages);
        tasks = TaskRunner.background(Platform::runLater, activity, errors::describe);
        scheduler = new DelayedUiScheduler(Platform::runLater);
        SettingsService settingsService = new SettingsService(settingsStore, settings, tasks,
                messages.get("settings.task.save"));
        FxDialogService dialogs = new FxDialogService(() -> stage, messages);

        shell = new ShellViewModel(messages, settingsService, activity, systemDark);
        ShellView shellView = new ShellView(shell, messages);
        SignInViewModel signIn = new SignInViewModel(sessions::open, tasks, messages, shell::signedIn);
        SignInView signInView = new SignInView(signIn, messages);

        Scene scene = new Scene(signInView);
        Theme.style(scene);
        if (options.startupProbe()) {
            probe = new StartupProbe(sinceProcessStart, probeOut, action -> afterNextFrame(scene, action), probeExit);
            probe.startTimer(scheduler);
            for (var error : List.of(signIn.formErrorProperty(), signIn.baseUrlErrorProperty(),
                    signIn.partnerIdErrorProperty(), signIn.clientIdErrorProperty(),
                    signIn.clientSecretErrorProperty())) {
                probe.failOnMessage(error, "sign-in-failed");
            }
        }
        applyTheme(shell.darkProperty().get());
        shell.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));

        shell.sessionProperty().addListener((obs, old, session) -> {
            if (session == null) {
                accountsView = null;
                signIn.prefill(Environment.SANDBOX, settingsService.current().baseUrl(),
                        settingsService.current().partnerId(), settingsService.current().clientId());
                scene.setRoot(signInView);
                return;
            }
            accountsView = accountsScreen(session);
            shellView.show(accountsView);
            scene.setRoot(shellView);
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> onAccounts(AccountsView::focusSearch));

        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> onAccounts(AccountsView::reload));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                () -> onAccounts(AccountsView::reload));

        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
            LOG.error("Unexpected error on the UI thread", failure);
            if (probe != null) {
                probe.fail("unexpected-error"); // an unattended run: no dialog that nobody will close
                return;
            }
            dialogs.showError(messages.get("error.unexpected.title"), errors.describe(failure));
        });

        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        fitToScreen(stage);
        stage.show();

        signIn.prefill(Environment.SANDBOX, settings.baseUrl(), settings.partnerId(), settings.clientId());
        if (options.hasCredentials()) {
            Environment environment = options.credentialEnvironment();
            signIn.prefill(environment, options.baseUrl(), options.partnerId(), options.clientId());
            signIn.clientSecretProperty().set(options.clientSecret());
            signIn.signIn();
        } else if (options.environment() != null && options.environment() != Environment.SANDBOX) {
            signIn.prefill(options.environment(), options.baseUrl(), options.partnerId(), options.clientId());
            if (probe != null) {
                probe.fail("needs-sign-in"); // nobody is there to type the credentials
            }
        } else {
            // No credentials: the embedded sandbox is the default, so there is nothing to ask.
            signIn.signIn();
        }
    }

    private void onAccounts(java.util.function.Consumer<AccountsView> action) {
        if (accountsView != null) {
            action.accept(accountsView);
        }
    }

    private AccountsView accountsScreen(Session session) {
        AccountListViewModel list = new AccountListViewModel(session.client().accounts(), tasks, scheduler,
                messages);
        AccountDetailViewModel detail = new AccountDetailViewModel(session.client().accounts(), tasks, messages);
        AccountsView view = new AccountsView(list, detail, messages);
        if (probe != null) {
            probe.watchList(list.stateProperty(), list.rows());
        }
        list.reload();
        return view;
    }

    /** Network calls block; on the UI thread they would freeze the window, so they are refused there outright. */
    static void refuseUiThread() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("An API call was made on the JavaFX Application Thread.");
        }
    }

    /**
     * Runs {@code action} after the next pulse's layout, when the scene shows what the models hold now: the rows are
     * cells in the table, not only items in a list.
     */
    private static void afterNextFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean ran;

            @Override
            public void run() {
                if (ran) {
                    return;
                }
                ran = true;
                // The scene is walking its listeners right now; removing this one has to wait.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                action.run();
            }
        });
        Platform.requestNextPulse();
    }

    private static void printLine(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Closes the app as a user would, so the sandbox shuts down cleanly; {@link #stop()} then exits with status. */
    private void exitAfterProbe(int status) {
        probeStatus = status;
        Platform.exit();
    }

    private static void applyTheme(boolean dark) {
        (dark ? Theme.DARK : Theme.LIGHT).apply();
    }

    /** There may be no window manager to place the window (Xvfb), so size and position it from the screen. */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1440, screen.getWidth() * 0.95);
        double height = Math.min(900, screen.getHeight() * 0.95);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
    }

    /**
     * Stopping the sandbox flushes its database; that happens on a thread of its own so the UI thread never waits on
     * disk. The JVM waits for that (non-daemon) thread before it exits.
     */
    @Override
    public void stop() {
        if (shell != null) {
            shell.signOut();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        Integer status = probeStatus;
        if (sessions != null) {
            Thread shutdown = new Thread(() -> {
                try {
                    sessions.close();
                } finally {
                    if (status != null) {
                        System.exit(status); // the probe's verdict, also when closing the sandbox failed
                    }
                }
            }, "sandbox-shutdown");
            shutdown.setDaemon(false);
            shutdown.start();
        } else if (status != null) {
            System.exit(status);
        }
    }
}
