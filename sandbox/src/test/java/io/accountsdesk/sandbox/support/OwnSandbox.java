package io.accountsdesk.sandbox.support;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A small sandbox of a test class's own, for classes that write (the {@link TestSandboxes#shared() shared} one is
 * read-only): freshly generated in a temp dir, with the partner client's token, before the class's
 * {@code @BeforeAll} methods; closed and its dir deleted after its {@code @AfterAll} methods.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OwnSandbox OWN = new OwnSandbox("settings");
 * }</pre>
 */
public final class OwnSandbox implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final UnaryOperator<SandboxOptions> adjust;
    private Path dir;
    private Sandbox sandbox;
    private Api api;
    private String token;

    /** {@link TestSandboxes#OWN_ACCOUNTS} accounts; {@code name} goes into the temp dir's name. */
    public OwnSandbox(String name) {
        this(name, UnaryOperator.identity());
    }

    /** With options of its own (other account count, token lifetime, …) on top of the usual ones. */
    public OwnSandbox(String name, UnaryOperator<SandboxOptions> adjust) {
        this.name = name;
        this.adjust = adjust;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        dir = TestSandboxes.tempDir(name);
        sandbox = Sandbox.start(adjust.apply(TestSandboxes.ownOptions(dir).withReset(true)));
        api = TestSandboxes.api(sandbox);
        token = api.token();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.close();
        }
        if (dir != null) {
            TestSandboxes.delete(dir);
        }
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Api api() {
        return api;
    }

    /** The partner client's token, fetched at the start (before any test can inject faults). */
    public String token() {
        return token;
    }
}
