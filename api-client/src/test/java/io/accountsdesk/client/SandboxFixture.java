package io.accountsdesk.client;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxOptions;
import java.nio.file.Path;

/** A real sandbox on an ephemeral loopback port, for tests that talk to the API over HTTP. */
public final class SandboxFixture implements AutoCloseable {

    private final Sandbox sandbox;

    private SandboxFixture(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    public static SandboxFixture start(Path dataDir, int accounts) {
        return new SandboxFixture(Sandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withDataDir(dataDir)
                .withReset(true)
                .withAccounts(accounts)));
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public ApiConfig config() {
        return ApiConfig.of(sandbox.baseUrl().toString(), sandbox.credentials().partnerId(),
                new ClientCredentials(sandbox.credentials().clientId(), sandbox.credentials().clientSecret()));
    }

    public ApiClient client() {
        return ApiClient.create(config());
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
