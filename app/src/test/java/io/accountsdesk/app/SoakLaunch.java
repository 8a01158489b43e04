package io.accountsdesk.app;

import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.shell.Workspace;
import io.accountsdesk.sandbox.Sandbox;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The few package-private doors of the app a test in another package needs (the fault soak lives in {@code soak/},
 * its own package): launching it, its workspace and its embedded sandbox.
 */
public final class SoakLaunch {

    private final AccountsDeskApp app;

    private SoakLaunch(AccountsDeskApp app) {
        this.app = app;
    }

    public static SoakLaunch launch(List<String> args, UnaryOperator<DialogService> dialogs) throws Exception {
        return new SoakLaunch(AppUnderTest.launch(args, dialogs));
    }

    /** The workspace on show, or {@code null} while signed out. */
    public Workspace workspace() {
        return app.workspace();
    }

    public Optional<Sandbox> sandbox() {
        return app.embeddedSandbox();
    }

    public void stop() throws Exception {
        AppUnderTest.stop(app);
    }
}
