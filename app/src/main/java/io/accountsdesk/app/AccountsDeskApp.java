package io.accountsdesk.app;

import io.accountsdesk.app.core.DelayedUiScheduler;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.diagnostics.DesktopFolderOpener;
import io.accountsdesk.app.diagnostics.DiagnosticsReport;
import io.accountsdesk.app.diagnostics.FolderOpener;
import io.accountsdesk.app.diagnostics.HelpLinks;
import io.accountsdesk.app.diagnostics.HelpViewModel;
import io.accountsdesk.app.diagnostics.LogFolder;
import io.accountsdesk.app.preferences.AppPreferences;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.PreferencesStore;
import io.accountsdesk.app.preferences.SignInMemory;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.shell.AppFrame;
import io.accountsdesk.app.shell.FxDialogService;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.ScreenRegistry;
import io.accountsdesk.app.shell.ShellViewModel;
import io.accountsdesk.app.shell.SystemColorScheme;
import io.accountsdesk.app.shell.Workspace;
import io.accountsdesk.app.session.keychain.Keychain;
import io.accountsdesk.app.session.keychain.NoKeychain;
import io.accountsdesk.app.session.keychain.OsKeychain;
import io.accountsdesk.app.session.keychain.RememberMe;
import io.accountsdesk.app.signin.SignInView;
import io.accountsdesk.app.signin.SignInViewModel;
import io.accountsdesk.app.signin.oidc.DesktopBrowser;
import io.accountsdesk.app.signin.oidc.OidcProviderFile;
import io.accountsdesk.app.signin.oidc.SingleSignOnWay;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.ui.Theme;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the app-wide services once and switches between the sign-in screen and a session's
 * workspace as sessions begin and end. Screens are not wired here: features register them ({@link Features}) and
 * each session's {@link Workspace} makes them as they are first opened.
 */
public final class AccountsDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsDeskApp.class);

    private LaunchOptions options;
    private Messages messages;
    private PreferencesStore preferencesStore;
    private AppPreferences preferences;

    private TaskRunner tasks;
    private DelayedUiScheduler scheduler;
    private SessionFactory sessions;
    /** Where "remember me" keeps a sign-in: the OS keychain, never in a test's app. */
    private Keychain keychain;
    private OidcProviderFile oidcProviders;
    private SignInViewModel signIn;
    private ShellViewModel shell;
    private Workspace workspace;
    /** The app's one window; {@code null} until {@link #start(Stage)}. */
    private volatile Stage window;
    private HelpViewModel help;
    /** The file manager; a test's app opens none (the path is copied instead, as without a file manager). */
    private volatile FolderOpener folderOpener;
    /** The log folder a test put in place of the one logback writes to; {@code null} in the real app. */
    private volatile java.nio.file.Path logFolder;
    /** Where the first session opens ({@code --open}); {@code null} afterwards. */
    private io.accountsdesk.app.core.nav.Place firstPlace;

    private final List<String> fixedArgs;
    private final Consumer<String> probeOut;
    private final IntConsumer probeExit;
    private final UnaryOperator<DialogService> dialogsForTests;
    /** Whether sessions ready their unvisited screens while the user is idle; off in most tests (see below). */
    private final boolean warmUp;
    private LongSupplier sinceProcessStart;
    private final long createdNanos = System.nanoTime();
    /** When {@link #init()} began, for the probe's phases. */
    private long initMs;
    /** Only with {@code --startup-probe}; otherwise {@code null} and nothing below looks at it. */
    private StartupProbe probe;
    /** The status the probe decided on; {@link #stop()} ends the JVM with it once the sandbox is closed. */
    private volatile Integer probeStatus;

    public AccountsDeskApp() {
        this(null, null, null, null, true);
    }

    /**
     * For tests: fixed arguments instead of the launcher's; the probe's line and verdict go to the test instead of
     * standard output and {@code System.exit}; and the dialogs may be wrapped (file choosers cannot be driven
     * headless).
     */
    AccountsDeskApp(List<String> args, Consumer<String> probeOut, IntConsumer probeExit,
                    UnaryOperator<DialogService> dialogsForTests) {
        // Without the idle warm-up, a test sees only the screens and nodes its own steps made.
        this(args, probeOut, probeExit, dialogsForTests, false);
    }

    AccountsDeskApp(List<String> args, Consumer<String> probeOut, IntConsumer probeExit,
                    UnaryOperator<DialogService> dialogsForTests, boolean warmUp) {
        this.warmUp = warmUp;
        this.fixedArgs = args;
        this.probeOut = probeOut != null ? probeOut : AccountsDeskApp::printLine;
        this.probeExit = probeExit != null ? probeExit : this::exitAfterProbe;
        this.dialogsForTests = dialogsForTests != null ? dialogsForTests : UnaryOperator.identity();
        this.folderOpener = args == null ? new DesktopFolderOpener() : folder -> {
            throw new FolderOpener.Unavailable("a test's app opens no file manager", null);
        };
    }

    /** Runs on the launcher thread, before the UI exists: the place for reading files and asking the OS. */
    @Override
    public void init() {
        options = LaunchOptions.parse(fixedArgs != null ? fixedArgs : getParameters().getRaw(), System.getenv());
        if (options.startupProbe()) {
            // A test's app shares its JVM with every test before it: its "start" is when the test made it, or the
            // probe's time limit, counted from the process's start, runs out before the app has begun.
            sinceProcessStart = fixedArgs != null ? () -> (System.nanoTime() - createdNanos) / 1_000_000
                    : ProcessClock.sinceStart();
            initMs = sinceProcessStart.getAsLong();
        }
        messages = Messages.load(options.locale() != null ? options.locale() : Locale.getDefault());
        preferencesStore = new PreferencesStore(options.configDir());
        preferences = preferencesStore.load();
        oidcProviders = new OidcProviderFile(options.configDir());
        // A test's app shares the developer's desktop: it must never read or write their keychain.
        keychain = fixedArgs != null ? new NoKeychain("tests never use this computer's keychain") : new OsKeychain();
        if (options.theme() != null) {
            preferences = preferences.withTheme(options.theme());
        }
        SandboxOptions sandboxOptions = SandboxOptions.defaults()
                .withPort(0)
                .withAccounts(options.sandboxAccounts())
                .withReset(options.resetSandbox())
                .withFaults(options.sandboxFaults())
                .withLiveMode(options.sandboxProduction());
        if (options.sandboxDataDir() != null) {
            sandboxOptions = sandboxOptions.withDataDir(options.sandboxDataDir());
        }
        // Another Accounts Desk refused this one's sandbox data may ask this one to come to the front.
        sessions = new SessionFactory(sandboxOptions, AccountsDeskApp::refuseUiThread,
                () -> Platform.runLater(this::comeToTheFront));
        if (signsInToSandboxAtStart()) {
            // The database, the server and the token get ready while the window is built, not after it shows; and
            // one account read through the list's path readies its query and JSON readers for the first page.
            sessions.openSandboxEarly(session -> session.client().accounts()
                    .list(io.accountsdesk.client.accounts.AccountQuery.all().withLimit(1), null));
        }
        // HTTPS_PROXY, NO_PROXY and the CA file, for Dintero and custom servers; read again at each sign-in.
        sessions.withNetwork(new io.accountsdesk.app.session.NetworkSettings(System.getenv(), options.caFile()));
    }

    /** With no credentials and no other environment asked for, the sandbox needs nothing more: no form to wait for. */
    private boolean signsInToSandboxAtStart() {
        Environment environment = options.environment();
        return !options.hasCredentials() && (environment == Environment.SANDBOX
                || environment == null && preferences.signIn().environment() == Environment.SANDBOX);
    }

    @Override
    public void start(Stage stage) {
        window = stage;
        AppFrame frame = new AppFrame(messages);
        firstPlace = options.open();
        scheduler = new DelayedUiScheduler(Platform::runLater);
        Activity activity = new Activity(scheduler);
        ErrorMessages errors = new ErrorMessages(messages);
        tasks = TaskRunner.background(Platform::runLater, activity, errors::describe);
        PreferencesService preferenceService = new PreferencesService(preferencesStore, preferences, tasks,
                messages.get("preferences.task.save"));
        DialogService dialogs = dialogsForTests.apply(new FxDialogService(() -> stage, messages, frame));

        shell = new ShellViewModel(messages, preferenceService, activity, false);
        SystemColorScheme.follow(shell.systemDarkProperty());
        SignInViewModel signIn = new SignInViewModel(sessions::open, tasks, scheduler, messages, shell::signedIn,
                shell::signOut, new RememberMe(keychain), sandboxRecovery());
        this.signIn = signIn;
        signIn.remember().checkKeychain();
        SignInView signInView = new SignInView(signIn, messages,
                card -> SingleSignOnWay.pane(card, browser(), oidcProviders, tasks, messages));
        help = new HelpViewModel(tasks, dialogs, messages, new HelpViewModel.Desk(() -> folderOpener,
                () -> logFolder != null ? logFolder : LogFolder.current(LogSetup::defaultLogDir), LogSetup.FILE_NAME,
                () -> diagnosticsSetting(signIn), AccountsDeskApp::copyToClipboard, Clock.systemUTC()));
        signInView.addFooter(new HelpLinks(help, messages));
        Workspace.AppServices app = new Workspace.AppServices(messages, tasks, scheduler, dialogs, preferenceService,
                new DraftStore(options.draftsDir()), ScreenRegistry.of(Features.all()), shell, frame,
                Clock.systemDefaultZone(), warmUp, help);

        Scene scene = new Scene(frame);
        Theme.style(scene);
        frame.setContent(signInView);
        if (options.startupProbe()) {
            probe = new StartupProbe(sinceProcessStart, probeOut, action -> afterNextFrame(scene, action), probeExit);
            probe.startTimer(scheduler);
            probe.mark("init", initMs);
            probe.mark("start");
            for (var error : List.of(signIn.formErrorProperty(), signIn.baseUrlErrorProperty(),
                    signIn.partnerIdErrorProperty(), signIn.clientIdErrorProperty(),
                    signIn.clientSecretErrorProperty())) {
                probe.failOnMessage(error, "sign-in-failed");
            }
        }
        applyTheme(shell.darkProperty().get());
        shell.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));

        shell.sessionProperty().addListener((obs, old, session) -> {
            if (workspace != null) {
                workspace.close();
                workspace = null;
            }
            if (session == null) {
                prefillSignIn(signIn, preferenceService.current().signIn());
                shell.takeNextPartner().ifPresent(signIn::signInTo);
                frame.setContent(signInView);
                return;
            }
            if (probe != null) {
                probe.mark("session");
            }
            workspace = new Workspace(session, app, () -> {
                signIn.remember().signedOut(session);
                shell.signOut();
            });
            workspace.start(scene, firstPlace);
            firstPlace = null; // --open is where the first session starts; a later one starts at the beginning

            watchForProbe();
        });

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
        stage.setOnCloseRequest(event -> {
            if (workspace != null && !workspace.mayClose()) {
                event.consume();
            }
        });
        fitToScreen(stage);
        stage.show();
        if (probe != null) {
            probe.mark("shown");
        }
        if (options.benchScenario() != null) {
            // Bench only (--bench-scenario): a script drives this window, prints its figures and ends the app.
            io.accountsdesk.app.diagnostics.BenchDriver.start(options.benchScenario(), scene, this::workspace);
        }

        prefillSignIn(signIn, preferences.signIn());
        if (options.hasCredentials() || probe != null || options.environment() != null
                && options.environment() != preferences.signIn().environment()) {
            startSignIn(signIn);
        } else {
            // Someone asked to be remembered here signs in without the card; anyone else starts as before.
            SignInMemory last = preferences.signIn();
            signIn.remember().restore(last.environment(), last.baseUrl(), last.partnerId(), last.clientId(),
                    sessions::open, signIn.people(), () -> startSignIn(signIn));
        }
    }

    /**
     * Where the diagnostics say the app works: the open session, or the sign-in card's choice while nobody is signed
     * in. Never a credential: the client id and secret and the person's name stay out.
     */
    private DiagnosticsReport.Setting diagnosticsSetting(SignInViewModel card) {
        Session session = shell.sessionProperty().get();
        DiagnosticsReport.Workplace where;
        if (session != null) {
            where = new DiagnosticsReport.Workplace(environmentName(session.environment()),
                    session.client().config().baseUrl().toString(), session.partnerId(), true,
                    session.person().isPresent());
        } else {
            Environment chosen = card.environmentProperty().get();
            String baseUrl = chosen == null ? null
                    : chosen.baseUrl() != null ? chosen.baseUrl() : card.baseUrlProperty().get();
            where = new DiagnosticsReport.Workplace(environmentName(chosen), baseUrl, card.partnerIdProperty().get(),
                    false, false);
        }
        String theme = shell.themeProperty().get().name().toLowerCase(Locale.ROOT)
                + (shell.darkProperty().get() ? " (dark now)" : " (light now)");
        return new DiagnosticsReport.Setting(messages.locale(), theme, where);
    }

    private static String environmentName(Environment environment) {
        if (environment == null) {
            return "(none chosen)";
        }
        String name = environment.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void copyToClipboard(String text) {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * For tests: open folders with {@code opener} and read the log in {@code folder}, instead of the file manager
     * and the log this JVM writes.
     */
    void useForDiagnostics(FolderOpener opener, java.nio.file.Path folder) {
        folderOpener = opener;
        logFolder = folder;
    }

    HelpViewModel help() {
        return help;
    }

    /** The system's browser; a test's app opens none and shows the address instead, as without a browser. */
    private io.accountsdesk.app.signin.oidc.SystemBrowser browser() {
        if (fixedArgs == null) {
            return new DesktopBrowser();
        }
        return uri -> {
            throw new io.accountsdesk.app.signin.oidc.SystemBrowser.BrowserUnavailable(
                    "a test's app opens no browser", null);
        };
    }

    private void startSignIn(SignInViewModel signIn) {
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
        } else if (signsInToSandboxAtStart()) {
            // The sandbox needs nothing more, so there is nothing to ask.
            signIn.signIn();
        } else if (probe != null) {
            probe.fail("needs-sign-in");
        }
    }

    /**
     * The form shows where the user last worked. The secret is in no file: only the OS keychain may hold it, when the
     * user asked to be remembered, and then it fills the (masked) field.
     */
    private static void prefillSignIn(SignInViewModel signIn, SignInMemory memory) {
        signIn.prefill(memory.environment(), memory.baseUrl(), memory.partnerId(), memory.clientId());
        signIn.remember().fillClientSecret(memory.environment(), memory.baseUrl(), memory.partnerId(),
                memory.clientId(), signIn.clientSecretProperty());
    }

    private void watchForProbe() {
        if (probe == null) {
            return;
        }
        Screen first = workspace.screens().current();
        Screen.Readiness readiness = first == null ? null : first.readiness();
        if (readiness == null) {
            probe.fail("no-list");
            return;
        }
        probe.mark("workspace");
        probe.watchList(readiness.state(), readiness.items());
    }

    /**
     * Shows {@code session} as if the sign-in screen had opened it (on the FX thread): for tests of a person's screens,
     * whose session a test signs in itself.
     */
    void openSession(io.accountsdesk.app.session.Session session) {
        shell.signedIn(session);
    }

    /** The window's shell (theme, session): for tests that render the sign-in card in both themes. */
    ShellViewModel shell() {
        return shell;
    }

    /** The workspace of the session on show, or {@code null} while signed out: for tests. */
    Workspace workspace() {
        return workspace;
    }

    /** The embedded sandbox once started: a test reads its injected faults and checks what it holds. */
    java.util.Optional<io.accountsdesk.sandbox.Sandbox> embeddedSandbox() {
        return sessions == null ? java.util.Optional.empty() : sessions.embeddedSandbox();
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
    /** The sign-in's ways out when the embedded sandbox cannot open its data, on this app's session factory. */
    private io.accountsdesk.app.session.SandboxRecovery sandboxRecovery() {
        return new io.accountsdesk.app.session.SandboxRecovery() {
            @Override
            public void startAfresh() {
                sessions.setAsideDamagedSandboxData();
            }

            @Override
            public void useDataOfItsOwn() {
                sessions.useSandboxDataOfItsOwn();
            }

            @Override
            public boolean handOverToRunningApp() {
                boolean answered = sessions.askRunningAppToShow();
                if (answered) {
                    LOG.info("The Accounts Desk already running on this sandbox data was brought forward; closing");
                    // A test's app shares its JVM and toolkit with the tests after it: it only closes its window.
                    Platform.runLater(fixedArgs == null ? Platform::exit : () -> window.hide());
                }
                return answered;
            }
        };
    }

    /** Asked by a second Accounts Desk that found this one's sandbox data in use. */
    private void comeToTheFront() {
        if (window != null) {
            window.setIconified(false);
            window.show();
            window.toFront();
            window.requestFocus();
        }
    }

    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
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
     * A person's refresh token should not outlive the app, so quitting waits a moment for its revoke (and the
     * sandbox is stopped only after it); a server that does not answer in time does not hold the app open.
     */
    private static void awaitSignOut(java.util.concurrent.CompletableFuture<Void> signedOut) {
        try {
            signedOut.get(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException late) {
            LOG.warn("Quitting before the sign-out was confirmed by the server");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stopping the sandbox flushes its database; that happens on a thread of its own so the UI thread never waits on
     * disk. The JVM waits for that (non-daemon) thread before it exits.
     */
    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
        java.util.concurrent.CompletableFuture<Void> signedOut;
        if (shell == null) {
            signedOut = java.util.concurrent.CompletableFuture.completedFuture(null);
        } else if (signIn != null && signIn.remember().keepsSignInOf(shell.sessionProperty().get())) {
            // Remembered: no revoke, so the kept refresh token signs the person in at the next start.
            shell.leaveKeepingSignIn();
            signedOut = java.util.concurrent.CompletableFuture.completedFuture(null);
        } else {
            signedOut = shell.signOut();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        Integer status = probeStatus;
        TaskRunner work = tasks;
        if (sessions != null || work != null) {
            Thread shutdown = new Thread(() -> {
                try {
                    if (work != null) {
                        work.close(); // lets the last writes (preferences, drafts) land: off the UI thread
                    }
                    awaitSignOut(signedOut);
                    if (sessions != null) {
                        sessions.close();
                    }
                } finally {
                    if (status != null) {
                        System.exit(status); // the probe's verdict, also when closing the sandbox failed
                    }
                }
            }, "sandbox-shutdown");
            shutdown.setDaemon(false);
            shutdown.start();
        }
    }
}
