package io.accountsdesk.app;

import io.accountsdesk.app.accounts.AccountRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What every whole-app TestFX test shares: a folder of its own, the app it launched (a subclass's
 * {@code @BeforeAll} sets {@link #app} with {@link AppUnderTest#launch}), the robot, and the waits.
 */
abstract class AppTestBase {

    @TempDir
    static Path dir;
    static AccountsDeskApp app;
    final FxRobot robot = new FxRobot();

    @AfterAll
    static void close() throws Exception {
        AppUnderTest.stop(app);
    }

    /** A config folder whose preferences remember a sign-in (never its secret). */
    static Path configRemembering(String environment, String partnerId, String clientId) throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("preferences.json"), """
                { "signIn": { "environment": "%s", "partnerId": "%s", "clientId": "%s", "baseUrl": "" } }
                """.formatted(environment, partnerId, clientId));
        return config;
    }

    /** The app on a fresh embedded sandbox of {@code accounts} demo accounts, in English and the light theme. */
    static java.util.List<String> freshSandbox(int accounts) {
        return java.util.List.of("--sandbox-data-dir", dir.resolve("sandbox").toString(),
                "--sandbox-accounts", String.valueOf(accounts), "--reset-sandbox",
                "--config-dir", dir.resolve("config").toString(), "--lang", "en", "--theme", "light");
    }

    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        AppUnderTest.waitFor(what, condition);
    }

    boolean showing(String query) {
        return AppUnderTest.showing(robot, query);
    }

    @SuppressWarnings("unchecked")
    TableView<AccountRow> table() {
        return robot.lookup("#account-list .table-view").queryAs(TableView.class);
    }
}
