package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The running app meets sandbox data it cannot open: damaged data (the card says so in words and starts afresh on
 * one click, keeping the file), and data a first Accounts Desk holds (the second offers to bring the first forward,
 * and closes when it has).
 */
class SandboxTroubleAppTest {

    @TempDir
    static Path dir;
    private final FxRobot robot = new FxRobot();
    /** Each test starts its own app: the trouble is met at the start. */
    private AccountsDeskApp app;
    private SessionFactory first;

    @AfterEach
    void stopEach() throws Exception {
        if (app != null) {
            AppUnderTest.stop(app);
        }
        if (first != null) {
            first.close();
        }
    }

    private boolean showing(String query) {
        return AppUnderTest.showing(robot, query);
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        AppUnderTest.waitFor(what, condition);
    }

    private static List<String> args(Path sandboxDir, String theme, String lang) {
        return List.of("--sandbox-data-dir", sandboxDir.toString(), "--sandbox-accounts", "3",
                "--config-dir", dir.resolve("config-" + theme + lang).toString(), "--lang", lang, "--theme", theme);
    }

    private static Path damagedData(String name) throws Exception {
        Path data = dir.resolve(name);
        Sandbox.start(SandboxOptions.defaults().withPort(0).withDataDir(data).withAccounts(3)).close();
        Files.writeString(data.resolve("sandbox.mv.db"), "overwritten by something else");
        return data;
    }

    @Test
    void damagedDataIsSaidInWordsAndOneClickStartsAfresh() throws Exception {
        Path data = damagedData("damaged");
        app = AppUnderTest.launch(args(data, "light", "en"), null);
        waitFor("the card offers to start afresh", () -> showing("#sandbox-start-afresh"));
        String said = robot.lookup("#form-error").queryAs(Label.class).getText();
        assertThat(said).contains("is damaged").doesNotContain("Exception", "org.h2", "at io.");
        assertThat(showing("#sandbox-show-running")).isFalse();

        robot.clickOn("#sandbox-start-afresh");

        waitFor("the workspace lists the new demo accounts", () -> showing("#account-list"));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("sandbox.mv.db.damaged-"));
        }
    }

    @Test
    void aSecondAppOnHeldDataBringsTheFirstForwardAndCloses() throws Exception {
        Path data = dir.resolve("shared");
        AtomicInteger shown = new AtomicInteger();
        first = new SessionFactory(SandboxOptions.defaults().withPort(0).withDataDir(data).withAccounts(3),
                () -> { }, shown::incrementAndGet);
        first.open(SignInRequest.sandbox()).close();
        app = AppUnderTest.launch(args(data, "light", "en"), null);
        waitFor("the card offers the running app", () -> showing("#sandbox-show-running"));
        assertThat(robot.lookup("#form-error").queryAs(Label.class).getText()).contains("already running");
        assertThat(showing("#sandbox-own-data")).isTrue();

        robot.clickOn("#sandbox-show-running");

        waitFor("the first app was asked to come forward", () -> shown.get() == 1);
        waitFor("this app's window closed", () -> Window.getWindows().stream().noneMatch(Window::isShowing));
    }

    @Test
    void aSecondAppCanUseASandboxOfItsOwn() throws Exception {
        Path data = dir.resolve("shared-own");
        first = new SessionFactory(SandboxOptions.defaults().withPort(0).withDataDir(data).withAccounts(3),
                () -> { }, () -> { });
        first.open(SignInRequest.sandbox()).close();
        app = AppUnderTest.launch(args(data, "light", "en"), null);
        waitFor("the card offers a sandbox of its own", () -> showing("#sandbox-own-data"));

        robot.clickOn("#sandbox-own-data");

        waitFor("the workspace lists demo accounts", () -> showing("#account-list"));
        assertThat(first.embeddedSandbox()).as("the first app's sandbox still runs").isPresent();
    }

    @Test
    @Tag("screenshots")
    void screenshots() throws Exception {
        app = AppUnderTest.launch(args(damagedData("shot-damaged"), "light", "en"), null);
        waitFor("the card offers to start afresh", () -> showing("#sandbox-start-afresh"));
        ScreenshotFiles.shoot("sign-in-sandbox-damaged-light");
        AppUnderTest.stop(app);
        app = null;

        Path data = dir.resolve("shot-shared");
        first = new SessionFactory(SandboxOptions.defaults().withPort(0).withDataDir(data).withAccounts(3),
                () -> { }, () -> { });
        first.open(SignInRequest.sandbox()).close();
        app = AppUnderTest.launch(args(data, "dark", "nb"), null);
        waitFor("the card offers the running app", () -> showing("#sandbox-show-running"));
        ScreenshotFiles.shoot("sign-in-second-app-dark-nb");
    }
}
