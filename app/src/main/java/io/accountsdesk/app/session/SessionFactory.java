package io.accountsdesk.app.session;

import io.accountsdesk.app.core.ExplainedFailure;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxException;
import io.accountsdesk.sandbox.SandboxOptions;

/**
 * Opens sessions. For the sandbox it starts the embedded emulator on first use and keeps it for the app's lifetime;
 * for Dintero and custom URLs it checks the credentials by fetching a token. Blocking: call it from a background task.
 */
public final class SessionFactory implements AutoCloseable {

    private final SandboxOptions sandboxOptions;
    private final Runnable callGuard;
    private Sandbox sandbox;

    /** @param callGuard runs before every API call; the app passes one that refuses the UI thread */
    public SessionFactory(SandboxOptions sandboxOptions, Runnable callGuard) {
        this.sandboxOptions = sandboxOptions;
        this.callGuard = callGuard;
    }

    public Session open(SignInRequest request) {
        ApiConfig config = switch (request.environment()) {
            case SANDBOX -> sandboxConfig();
            case TEST, PRODUCTION -> ApiConfig.of(request.environment().baseUrl(), request.partnerId(),
                    new ClientCredentials(request.clientId(), request.clientSecret()));
            case CUSTOM -> ApiConfig.of(request.baseUrl(), request.partnerId(),
                    new ClientCredentials(request.clientId(), request.clientSecret()));
        };
        ApiClient client = ApiClient.create(config.withCallGuard(callGuard));
        try {
            client.signIn();
        } catch (RuntimeException refused) {
            client.close();
            throw refused;
        }
        return new Session(request.environment(), config.baseUrl().toString(), config.accountId(), client);
    }

    private synchronized ApiConfig sandboxConfig() {
        if (sandbox == null) {
            try {
                sandbox = Sandbox.start(sandboxOptions);
            } catch (SandboxException refused) {
                // Its own words already say what to do (another sandbox holds the data, say).
                throw new ExplainedFailure(refused.getMessage(), refused);
            }
        }
        return ApiConfig.of(sandbox.baseUrl().toString(), sandbox.credentials().partnerId(),
                new ClientCredentials(sandbox.credentials().clientId(), sandbox.credentials().clientSecret()));
    }

    /** The embedded sandbox, once a sandbox session started it: lets tests make it misbehave on purpose. */
    public synchronized java.util.Optional<Sandbox> embeddedSandbox() {
        return java.util.Optional.ofNullable(sandbox);
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
