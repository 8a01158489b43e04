package io.accountsdesk.app.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox session opened while the window is built is the one the sign-in gets, and is never lost or doubled. */
class SessionFactoryEarlyStartTest {

    @TempDir
    Path dir;

    private SandboxOptions options(Path data) {
        return SandboxOptions.defaults().withPort(0).withDataDir(data).withReset(true).withAccounts(3);
    }

    /** Waits, without signing in, until the sandbox runs: only the early start can have started it. */
    private static void awaitSandbox(SessionFactory factory) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (factory.embeddedSandbox().isEmpty()) {
            assertThat(System.nanoTime()).as("the early start started the sandbox").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void theSignInTakesTheSessionOpenedEarlyAndALaterSignInOpensAnother() throws InterruptedException {
        try (SessionFactory factory = new SessionFactory(options(dir.resolve("data")), () -> { })) {
            java.util.List<Session> warmed = new java.util.concurrent.CopyOnWriteArrayList<>();
            factory.openSandboxEarly(warmed::add);
            awaitSandbox(factory);
            Session first = factory.open(SignInRequest.sandbox());
            assertThat(warmed).as("the sign-in got the session opened early").containsExactly(first);
            assertThat(first.client().accounts().list(io.accountsdesk.client.accounts.AccountQuery.all(), null).items()).hasSize(3);

            Session second = factory.open(SignInRequest.sandbox());
            assertThat(second).as("a second sign-in gets a session of its own").isNotSameAs(first);
            assertThat(second.baseUrl()).as("on the same sandbox").isEqualTo(first.baseUrl());
            first.close();
            second.close();
        }
    }

    @Test
    void theWarmUpRunsBeforeTheSignInGetsTheSessionAndItsFailureIsNotTheSignIns() throws InterruptedException {
        try (SessionFactory factory = new SessionFactory(options(dir.resolve("data")), () -> { })) {
            java.util.List<Session> warmed = new java.util.concurrent.CopyOnWriteArrayList<>();
            factory.openSandboxEarly(session -> {
                warmed.add(session);
                throw new IllegalStateException("a warm-up that fails");
            });
            Session session = factory.open(SignInRequest.sandbox());
            assertThat(warmed).containsExactly(session);
            session.close();
        }
    }

    @Test
    void aFailedEarlyStartIsReportedByTheSignInThatTakesIt() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "in the way");
        try (SessionFactory factory = new SessionFactory(options(notADirectory.resolve("data")), () -> { })) {
            factory.openSandboxEarly(session -> { });
            assertThatThrownBy(() -> factory.open(SignInRequest.sandbox())).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void anEarlySessionNobodyTookIsClosedWithTheFactory() throws InterruptedException {
        SessionFactory factory = new SessionFactory(options(dir.resolve("data")), () -> { });
        java.util.List<Session> warmed = new java.util.concurrent.CopyOnWriteArrayList<>();
        factory.openSandboxEarly(warmed::add);
        awaitSandbox(factory);
        factory.close();
        assertThat(factory.embeddedSandbox()).as("the sandbox it started is stopped too").isEmpty();
        assertThat(warmed).hasSize(1);
        assertThatThrownBy(() -> warmed.get(0).client().accounts()
                .list(io.accountsdesk.client.accounts.AccountQuery.all(), null))
                .as("the early session's client was closed, or its sandbox is gone").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aClosedFactoryStartsNoSandbox() {
        SessionFactory factory = new SessionFactory(options(dir.resolve("data")), () -> { });
        factory.close();
        factory.openSandboxEarly(session -> { });
        assertThatThrownBy(() -> factory.open(SignInRequest.sandbox())).isInstanceOf(IllegalStateException.class);
        assertThat(factory.embeddedSandbox()).isEmpty();
    }
}
