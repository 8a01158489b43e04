package io.accountsdesk.app;

import io.accountsdesk.app.core.DialogService;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app started headless for a TestFX test class, and the waits such tests need. */
final class AppUnderTest {

    private AppUnderTest() {
    }

    /** Starts the app with these arguments; {@code dialogs} may wrap the real dialogs (or be {@code null}). */
    static AccountsDeskApp launch(List<String> args, UnaryOperator<DialogService> dialogs) throws Exception {
        return launch(args, dialogs, false);
    }

    /** The same, with the idle warm-up of unvisited screens on ({@code warmUp}) as in the real app, or off. */
    static AccountsDeskApp launch(List<String> args, UnaryOperator<DialogService> dialogs, boolean warmUp)
            throws Exception {
        FxToolkit.registerPrimaryStage();
        AccountsDeskApp[] app = new AccountsDeskApp[1];
        FxToolkit.setupApplication(() -> {
            app[0] = new AccountsDeskApp(args, null, null, dialogs, warmUp);
            return app[0];
        });
        return app[0];
    }

    static void stop(AccountsDeskApp app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Waits up to 30 s for {@code condition}; the failure says what was awaited. The condition is read on the FX
     * thread, where the scene and its lists change: read from the test's thread, a list can change under the
     * reading (an index out of bounds halfway through a stream).
     */
    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> javafx.application.Platform.isFxApplicationThread()
                    ? condition.call() : WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException timeout) {
            throw new AssertionError("Timed out waiting until " + what, timeout);
        }
    }

    /** Waits up to 30 s for a {@code condition} that asks the server: the app refuses API calls on the FX thread. */
    static void waitForServer(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException timeout) {
            throw new AssertionError("Timed out waiting until " + what, timeout);
        }
    }

    /** Whether a node matching {@code query} exists and is visible. */
    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
