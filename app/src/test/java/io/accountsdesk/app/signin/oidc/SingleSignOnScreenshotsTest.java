package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.keychain.NoKeychain;
import io.accountsdesk.app.session.keychain.RememberMe;
import io.accountsdesk.app.signin.SignInView;
import io.accountsdesk.app.signin.SignInViewModel;
import io.accountsdesk.app.signin.SignInWay;
import io.accountsdesk.sandbox.users.DemoUsers;
import io.accountsdesk.ui.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the sign-in card's new parts into docs/screenshots in both themes: single sign-on waiting for the browser
 * (the sandbox's provider page is out in the browser), and "Remember me" disabled with its reason on a computer
 * without a keychain. Run with -Pscreenshots; the everyday build leaves it out because it rewrites tracked files.
 */
@Tag("screenshots")
class SingleSignOnScreenshotsTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;
    static Stage stage;
    static ExecutorService workers;

    private final FxRobot robot = new FxRobot();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final List<Session> signedIn = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sandbox = TestSandbox.start(dataDir, 1);
        stage = FxToolkit.registerPrimaryStage();
        workers = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
        workers.shutdownNow();
        sandbox.close();
    }

    private SignInViewModel showCard(Theme theme, SystemBrowser browser) throws Exception {
        return showCard(theme, browser, messages);
    }

    private SignInViewModel showCard(Theme theme, SystemBrowser browser, Messages messages) throws Exception {
        TaskRunner tasks = TaskRunner.using(workers, Platform::runLater, new Activity(UiScheduler.IMMEDIATE),
                Throwable::getMessage);
        SignInViewModel[] card = new SignInViewModel[1];
        WaitForAsyncUtils.asyncFx(() -> {
            card[0] = new SignInViewModel(sandbox.factory()::open, tasks, UiScheduler.IMMEDIATE, messages,
                    signedIn::add, () -> { },
                    new RememberMe(new NoKeychain("no Secret Service is running on this desktop")));
            card[0].remember().checkKeychain();
            SignInView view = new SignInView(card[0], messages,
                    model -> SingleSignOnWay.pane(model, browser, OidcProviderMemory.NONE, tasks, messages));
            Scene scene = new Scene(view, 1100, 980);
            Theme.style(scene);
            theme.apply();
            stage.setScene(scene);
            stage.setWidth(1100);
            stage.setHeight(980);
            stage.show();
        }).get(10, TimeUnit.SECONDS);
        return card[0];
    }

    @Test
    void singleSignOnWaitingForTheBrowser() throws Exception {
        for (Theme theme : Theme.values()) {
            SandboxUser person = new SandboxUser(SandboxUser.Does.NOTHING, DemoUsers.TRAINEE);
            SignInViewModel card = showCard(theme, person);
            robot.interact(() -> card.wayProperty().set(SignInWay.OIDC));
            robot.clickOn("#oidc-sign-in");
            waitFor(() -> robot.lookup("#oidc-cancel").tryQuery().map(n -> n.isVisible()).orElse(false)
                    && !person.opened().isEmpty());
            shoot("signin-sso-waiting-" + theme.name().toLowerCase(Locale.ROOT));
            robot.clickOn("#oidc-cancel");
            waitFor(() -> robot.lookup("#oidc-sign-in").tryQuery().map(n -> n.isVisible()).orElse(false));
        }
    }

    @Test
    void singleSignOnWaitingInBokmal() throws Exception {
        SandboxUser person = new SandboxUser(SandboxUser.Does.NOTHING, DemoUsers.TRAINEE);
        SignInViewModel card = showCard(Theme.LIGHT, person, Messages.load(Locale.forLanguageTag("nb")));
        robot.interact(() -> card.wayProperty().set(SignInWay.OIDC));
        robot.interact(() -> robot.lookup("#oidc-sign-in").queryButton().fire());
        waitFor(() -> robot.lookup("#oidc-cancel").tryQuery().map(n -> n.isVisible()).orElse(false)
                && !person.opened().isEmpty());
        shoot("signin-sso-waiting-nb");
        robot.interact(() -> robot.lookup("#oidc-cancel").queryButton().fire());
    }

    /** A custom server (the sandbox on its own) with a provider named by hand, and no browser to open. */
    @Test
    void singleSignOnWithoutABrowser() throws Exception {
        SignInViewModel card = showCard(Theme.LIGHT, new SandboxUser(SandboxUser.Does.HAS_NO_BROWSER, DemoUsers.TRAINEE));
        var credentials = sandbox.sandbox().credentials();
        String baseUrl = sandbox.session().baseUrl();
        robot.interact(() -> {
            card.prefill(Environment.CUSTOM, baseUrl, credentials.partnerId(), credentials.clientId());
            card.clientSecretProperty().set(credentials.clientSecret());
            card.wayProperty().set(SignInWay.OIDC);
        });
        robot.interact(() -> {
            robot.lookup("#oidc-endpoint").queryAs(javafx.scene.control.TextField.class)
                    .setText(baseUrl + OidcProvider.SANDBOX_AUTHORIZE_PATH);
            robot.lookup("#oidc-client-id").queryAs(javafx.scene.control.TextField.class)
                    .setText(credentials.clientId());
        });
        robot.interact(() -> robot.lookup("#oidc-sign-in").queryButton().fire());
        waitFor(() -> robot.lookup("#oidc-manual-url").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.interact(() -> robot.lookup(".sign-in-scroll").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        shoot("signin-sso-no-browser-light");
        robot.interact(() -> robot.lookup("#oidc-cancel").queryButton().fire());
    }

    @Test
    void rememberMeDisabledWithItsReason() throws Exception {
        for (Theme theme : Theme.values()) {
            SignInViewModel card = showCard(theme, uri -> { });
            robot.interact(() -> {
                card.prefill(Environment.TEST, null, "T12300000", "3VdWT6yPPYtzAoxcV5FXxmR");
                card.wayProperty().set(SignInWay.PASSWORD);
                card.password().usernameProperty().set("ada@nordvik.example");
            });
            waitFor(() -> robot.lookup("#remember-me-unavailable").tryQuery().map(n -> n.isVisible()).orElse(false));
            assertThat(robot.lookup("#remember-me").queryAs(CheckBox.class).isDisabled()).isTrue();
            shoot("signin-remember-unavailable-" + theme.name().toLowerCase(Locale.ROOT));
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.sleep(Duration.ofMillis(300).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void shoot(String name) {
        io.accountsdesk.app.ScreenshotFiles.shoot(name, stage.getScene());
    }
}
