package io.accountsdesk.sandbox.support;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One read-only sandbox shared by every HTTP test class in the JVM (starting one costs about a second), plus
 * helpers for tests that need their own (most take it from {@link OwnSandbox}).
 */
public final class TestSandboxes {

    /** Enough for several pages at every tested limit, small enough for limit=1 paging to stay quick. */
    public static final int SHARED_ACCOUNTS = 300;
    /** A test's own sandbox (it writes): enough accounts to pick and page through, quick to generate. */
    public static final int OWN_ACCOUNTS = 20;

    private static Sandbox shared;

    private TestSandboxes() {
    }

    public static synchronized Sandbox shared() {
        if (shared == null) {
            Path dir = tempDir("shared");
            shared = Sandbox.start(SandboxOptions.defaults().withDataDir(dir).withAccounts(SHARED_ACCOUNTS).withReset(true));
            Sandbox started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(dir);
            }));
        }
        return shared;
    }

    /** The options of a test's own small sandbox on {@code dir}, reused as it is unless {@code withReset(true)}. */
    public static SandboxOptions ownOptions(Path dir) {
        return SandboxOptions.defaults().withDataDir(dir).withAccounts(OWN_ACCOUNTS);
    }

    /** A test's own small sandbox on {@code dir}: generated afresh, or ({@code reset} false) as the last one left it. */
    public static Sandbox startOwn(Path dir, boolean reset) {
        return Sandbox.start(ownOptions(dir).withReset(reset));
    }

    public static Api api(Sandbox sandbox) {
        var c = sandbox.credentials();
        return new Api(sandbox.baseUrl(), c.partnerId(), c.clientId(), c.clientSecret());
    }

    public static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("accounts-desk-sandbox-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp dir is not worth failing a test over.
        }
    }
}
