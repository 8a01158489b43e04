package io.accountsdesk.app;

import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.sandbox.Sandbox;
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
        return new TestSandbox(new SessionFactory(options(dataDir, accounts).withFaults(faults), () -> { }));
    }

    /** A sandbox serving a production (P) partner: what the app must treat as real merchants. */
    public static TestSandbox startLive(Path dataDir, int accounts) {
        return new TestSandbox(new SessionFactory(options(dataDir, accounts).withLiveMode(true), () -> { }));
    }

    private static SandboxOptions options(Path dataDir, int accounts) {
        return SandboxOptions.defaults().withPort(0).withDataDir(dataDir).withReset(true).withAccounts(accounts);
    }

    public SessionFactory factory() {
        return factory;
    }

    public Session session() {
        return session;
    }

    public Sandbox sandbox() {
        return factory.embeddedSandbox().orElseThrow();
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
