package io.accountsdesk.app.session;

import io.accountsdesk.app.core.ExplainedFailure;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.SandboxDataDamagedException;
import io.accountsdesk.sandbox.SandboxDataInUseException;
import io.accountsdesk.sandbox.SandboxException;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.client.auth.SessionExpired;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.auth.UserTokenSource;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.concurrent.CompletionException;

/**
 * Opens sessions. For the sandbox it starts the embedded emulator on first use and keeps it for the app's lifetime;
 * for Dintero and custom URLs it checks the credentials by fetching a token. Blocking: call it from a background task.
 *
 * <p>A sandbox session can be {@linkplain #openSandboxEarly(java.util.function.Consumer) opened early}, while the window is still being built:
 * the database, the server and the first token are then ready, or nearly, when the sign-in asks for them.
 */
public final class SessionFactory implements AutoCloseable {

    /** Changed only by the sign-in's ways out of a sandbox that cannot open its data, before a sandbox runs. */
    private SandboxOptions sandboxOptions;
    private final Runnable callGuard;
    /** What another Accounts Desk on the same data may ask of this one: come to the front; {@code null} in tests. */
    private final Runnable showThisApp;
    private Sandbox sandbox;
    private RunningAppBeacon beacon;
    /** A folder of data of this app's own, made when the shared one was held; removed at close. */
    private java.nio.file.Path ownDataDir;
    /** A sandbox session opened ahead of the sign-in; taken by the first sandbox sign-in, or closed with this. */
    private CompletableFuture<Session> early;
    /** Once closed, no sandbox starts: an early start still on its way must not leave one running. */
    private boolean closed;
    /** Proxies and CAs for Dintero and custom servers; the platform's alone until the app says otherwise. */
    private volatile NetworkSettings network = NetworkSettings.platform();

    /** @param callGuard runs before every API call; the app passes one that refuses the UI thread */
    public SessionFactory(SandboxOptions sandboxOptions, Runnable callGuard) {
        this(sandboxOptions, callGuard, null);
    }

    /**
     * @param showThisApp run (on a thread of the beacon's) when another Accounts Desk, refused the same sandbox data,
     *                    asks this one to come to the front; {@code null} lights no beacon
     */
    public SessionFactory(SandboxOptions sandboxOptions, Runnable callGuard, Runnable showThisApp) {
        this.sandboxOptions = sandboxOptions;
        this.callGuard = callGuard;
        this.showThisApp = showThisApp;
    }

    /**
     * Starts opening a sandbox session on a thread of its own and returns at once. The next sandbox sign-in takes it
     * (waiting for it if need be), so its failure is reported there, the same as without this.
     *
     * @param warmUp runs on that thread with the new session before the sign-in gets it: a first call down the path
     *               the first screen takes, so that the server's query, the connection and the JSON readers are ready
     *               by then; whatever it throws is ignored (the screen's own call will meet it and say so)
     */
    public synchronized void openSandboxEarly(java.util.function.Consumer<Session> warmUp) {
        if (early == null && !closed) {
            early = CompletableFuture.supplyAsync(() -> {
                Session session = connect(SignInRequest.sandbox());
                try {
                    warmUp.accept(session);
                } catch (RuntimeException ignored) {
                    // only a warm-up
                }
                return session;
            }, runnable -> {
                Thread thread = new Thread(runnable, "sandbox-early-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /**
     * Uses {@code settings} (read again at each sign-in, so a wrong one is reported there) for Dintero and custom
     * servers. The embedded sandbox, on loopback, is always reached directly whatever they say.
     */
    public SessionFactory withNetwork(NetworkSettings settings) {
        this.network = java.util.Objects.requireNonNull(settings, "settings");
        return this;
    }

    public Session open(SignInRequest request) {
        CompletableFuture<Session> prepared = takeEarly(request);
        if (prepared != null) {
            try {
                return prepared.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failed;
            }
        }
        return connect(request);
    }

    private synchronized CompletableFuture<Session> takeEarly(SignInRequest request) {
        if (request.environment() != Environment.SANDBOX || early == null) {
            return null;
        }
        CompletableFuture<Session> prepared = early;
        early = null;
        return prepared;
    }

    private Session connect(SignInRequest request) {
        ApiConfig config = switch (request.environment()) {
            case SANDBOX -> sandboxConfig();
            case TEST, PRODUCTION -> ApiConfig.of(request.environment().baseUrl(), request.partnerId(),
                    new ClientCredentials(request.clientId(), request.clientSecret())).withNetwork(network.network());
            case CUSTOM -> ApiConfig.of(request.baseUrl(), request.partnerId(),
                    new ClientCredentials(request.clientId(), request.clientSecret())).withNetwork(network.network());
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

    /**
     * A person's session on the partner of {@code clientSession}, from the tokens their sign-in earned (password, MFA,
     * one-time code or OpenID Connect alike). The API client's session stays open inside it: its client sends the
     * refresh grants (the seed wants the Bearer of the client that created the refresh token) and the revoke at
     * sign-out, and it is closed with the person's session.
     *
     * @param onExpired told once, on whichever thread made the call that found out, when the server refuses to renew
     *                  the tokens; the app then returns to the sign-in
     */
    public static Session openPerson(Session clientSession, String username, SignedInPerson.Way way,
                                     TokenResponse tokens, Consumer<SessionExpired> onExpired) {
        String partner = clientSession.partnerId();
        UserTokenSource source = new UserTokenSource(clientSession.client().auth(), partner, tokens,
                Clock.systemUTC(), onExpired);
        return new Session(clientSession.environment(), clientSession.baseUrl(), partner,
                clientSession.client().signedInAs(source), new SignedInPerson(username, way, source, clientSession));
    }

    private synchronized ApiConfig sandboxConfig() {
        if (closed) {
            throw new IllegalStateException("The app is closing: no sandbox is started now.");
        }
        if (sandbox == null) {
            try {
                sandbox = Sandbox.start(sandboxOptions);
            } catch (SandboxDataDamagedException damaged) {
                throw new SandboxUnavailable(SandboxUnavailable.Reason.DAMAGED, damaged.dataDir(), damaged);
            } catch (SandboxDataInUseException held) {
                throw new SandboxUnavailable(RunningAppBeacon.present(held.dataDir())
                        ? SandboxUnavailable.Reason.HELD_BY_APP : SandboxUnavailable.Reason.HELD, held.dataDir(), held);
            } catch (SandboxException refused) {
                // Its own words already say what to do (the other mode's data, say).
                throw new ExplainedFailure(refused.getMessage(), refused);
            }
            if (showThisApp != null) {
                beacon = RunningAppBeacon.light(sandboxOptions.resolvedDataDir().toAbsolutePath().normalize(),
                        showThisApp);
            }
        }
        return ApiConfig.of(sandbox.baseUrl().toString(), sandbox.credentials().partnerId(),
                new ClientCredentials(sandbox.credentials().clientId(), sandbox.credentials().clientSecret()));
    }

    /**
     * Sets the damaged sandbox data aside (the file is renamed, not deleted) so the next sandbox sign-in makes new
     * demo data. Blocking file work: call it from a background task.
     */
    public synchronized void setAsideDamagedSandboxData() {
        if (sandbox == null) {
            Sandbox.setAsideDamagedData(sandboxOptions.resolvedDataDir());
        }
    }

    /**
     * Makes the next sandbox sign-in use a new folder of data of its own, removed when this closes: for a second
     * app whose shared data another holds. Blocking file work: call it from a background task.
     */
    public synchronized void useSandboxDataOfItsOwn() {
        if (sandbox == null && ownDataDir == null) {
            try {
                ownDataDir = java.nio.file.Files.createTempDirectory("accounts-desk-sandbox-");
            } catch (java.io.IOException e) {
                throw new ExplainedFailure("Cannot make a folder for separate sandbox data in the temporary folder: "
                        + e.getMessage(), e);
            }
            sandboxOptions = sandboxOptions.withDataDir(ownDataDir);
        }
    }

    /** Asks the Accounts Desk holding the sandbox data to come to the front (see {@link RunningAppBeacon}). */
    public boolean askRunningAppToShow() {
        java.nio.file.Path dir;
        synchronized (this) {
            dir = sandboxOptions.resolvedDataDir().toAbsolutePath().normalize();
        }
        return RunningAppBeacon.askToShow(dir);
    }

    /** The embedded sandbox, once a sandbox session started it: lets tests make it misbehave on purpose. */
    public synchronized java.util.Optional<Sandbox> embeddedSandbox() {
        return java.util.Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        CompletableFuture<Session> untaken;
        synchronized (this) {
            closed = true;
            untaken = early;
            early = null;
        }
        if (untaken != null) {
            // Nobody took it. It is waited for outside the lock, which its own start needs; a failure has nobody to
            // tell, and a session is closed.
            untaken.handle((session, failure) -> {
                if (session != null) {
                    session.close();
                }
                return null;
            }).join();
        }
        synchronized (this) {
            if (beacon != null) {
                beacon.close();
                beacon = null;
            }
            if (sandbox != null) {
                sandbox.close();
                sandbox = null;
            }
            if (ownDataDir != null) {
                deleteTree(ownDataDir);
                ownDataDir = null;
            }
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // Only demo data in the temporary folder, which the OS clears in time.
        }
    }
}
