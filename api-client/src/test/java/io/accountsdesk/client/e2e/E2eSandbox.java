package io.accountsdesk.client.e2e;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.SandboxFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real sandbox for a test class, with {@code accounts} seeded sub-accounts in a temporary directory of its own, the
 * partner's typed client and the {@link SandboxBackdoor} on it. Registered on a static field:
 * <pre>{@code
 * @RegisterExtension
 * static final E2eSandbox SANDBOX = new E2eSandbox(1);
 * }</pre>
 * JUnit starts it before the class's own {@code @BeforeAll} methods and stops it after its {@code @AfterAll} ones, so a
 * class's further set-up can already use it.
 */
final class E2eSandbox implements BeforeAllCallback, AfterAllCallback {

    private final int accounts;
    private Path dir;
    private SandboxFixture fixture;
    private ApiClient client;
    private SandboxBackdoor backdoor;
    private String partner;

    E2eSandbox(int accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("e2e-sandbox");
        fixture = SandboxFixture.start(dir, accounts);
        client = fixture.client();
        backdoor = new SandboxBackdoor(fixture);
        partner = fixture.sandbox().credentials().partnerId();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            try {
                if (fixture != null) {
                    fixture.close();
                }
            } finally {
                deleteDir();
            }
        }
    }

    /** The running sandbox, for what the other accessors do not cover (its config, its credentials). */
    SandboxFixture fixture() {
        return fixture;
    }

    /** The partner's typed client, signed in with the sandbox's client credentials. */
    ApiClient client() {
        return client;
    }

    /** The sandbox-only routes (outbox, provider decisions, OIDC codes, raw requests). */
    SandboxBackdoor backdoor() {
        return backdoor;
    }

    /** The partner's account id. */
    String partner() {
        return partner;
    }

    private void deleteDir() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
