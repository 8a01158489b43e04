package io.accountsdesk.app;

import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;

/** A session on a real in-process sandbox with a temporary data directory: the app's tests talk real HTTP. */
public final class TestSandbox implements AutoCloseable {

    private final SessionFactory factory;
    private final Session session;

    private TestSandbox(SessionFactory factory) {
        this.factory = factory;
        this.session = factory.open(SignInRequest.sandbox());
    }

    public static TestSandbox start(Path dataDir, int accounts) {
        return start(dataDir, accounts, FaultPlan.none());
    }

    /** A sandbox that misbehaves as {@code faults} says, as {@code --sandbox-faults} makes it. */
    public static TestSandbox start(Path dataDir, int accounts, FaultPlan faults) {
        return new TestSandbox(new SessionFactory(
                SandboxOptions.defaults().withPort(0).withDataDir(dataDir).withReset(true).withAccounts(accounts)
                        .withFaults(faults),
                () -> { }));
    }

    public SessionFactory factory() {
        return factory;
    }

    public Session session() {
        return session;
    }

    public Environment environment() {
        return session.environment();
    }

    @Override
    public void close() {
        session.close();
        factory.close();
    }
}
