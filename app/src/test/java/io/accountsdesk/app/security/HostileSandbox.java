package io.accountsdesk.app.security;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real sandbox for every hostile-input property of a test run: jqwik properties know no JUnit extensions, and
 * starting a sandbox per class would cost more than the properties themselves. It goes with the JVM.
 */
public final class HostileSandbox {

    private static TestSandbox sandbox;
    private static Path root;

    private HostileSandbox() {
    }

    public static synchronized TestSandbox get() {
        if (sandbox == null) {
            try {
                root = Files.createTempDirectory("hostile-input");
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            sandbox = TestSandbox.start(root.resolve("sandbox"), 12);
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "hostile-sandbox-close"));
        }
        return sandbox;
    }

    /** Services on the shared sandbox with their own folder for preferences and drafts. */
    public static TestServices services() {
        TestSandbox running = get();
        try {
            return TestServices.of(running.session(), Files.createTempDirectory(root, "config"));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
