package io.accountsdesk.sandbox;

import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.accounts.AccountRoutes;
import io.accountsdesk.sandbox.accounts.AccountWriteRoutes;
import io.accountsdesk.sandbox.assets.AssetRoutes;
import io.accountsdesk.sandbox.approvals.ApprovalRoutes;
import io.accountsdesk.sandbox.auth.ApiClientRepository;
import io.accountsdesk.sandbox.auth.BearerAuthenticator;
import io.accountsdesk.sandbox.auth.SigningKeys;
import io.accountsdesk.sandbox.auth.TokenRoutes;
import io.accountsdesk.sandbox.auth.TokenService;
import io.accountsdesk.sandbox.clients.ClientRoutes;
import io.accountsdesk.sandbox.connections.ConnectionRoutes;
import io.accountsdesk.sandbox.demo.DemoSeeder;
import io.accountsdesk.sandbox.http.FaultPlan;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.SandboxServer;
import io.accountsdesk.sandbox.store.DatabaseDamage;
import io.accountsdesk.sandbox.store.DatabaseInUseException;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.outbox.OutboxRoutes;
import io.accountsdesk.sandbox.pricing.PricingRoutes;
import io.accountsdesk.sandbox.settings.SettingsRoutes;
import io.accountsdesk.sandbox.signup.SignupRoutes;
import io.accountsdesk.sandbox.users.UserRoutes;
import io.accountsdesk.sandbox.roles.RoleRoutes;
import io.accountsdesk.sandbox.screening.ScreeningRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Accounts API emulator: an HTTP server on 127.0.0.1 over an H2 database of demo accounts.
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
 *     URI api = sandbox.baseUrl();                 // http://127.0.0.1:54321/v1
 *     SandboxCredentials login = sandbox.credentials();
 * }
 * }</pre>
 * Thread-safe. Starting on an existing database reuses it, so a second start is fast.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    /** A desktop app and a developer's curl; more threads would only compete for two cores. */
    private static final int HTTP_THREADS = 4;

    private final SandboxDatabase database;
    private final SandboxServer server;
    private final SandboxCredentials credentials;
    private final AccountRepository accounts;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Sandbox(SandboxDatabase database, SandboxServer server, SandboxCredentials credentials, AccountRepository accounts) {
        this.database = database;
        this.server = server;
        this.credentials = credentials;
        this.accounts = accounts;
    }

    /**
     * Opens (or creates) the database, makes sure demo data is there, and starts serving.
     *
     * @throws SandboxException if the data directory is in use, holds the other mode's data (test vs live) and no
     *                          reset was asked for, the port is taken, or the database cannot be opened
     */
    public static Sandbox start(SandboxOptions options) {
        try {
            return startOnce(options);
        } catch (SandboxDataDamagedException damaged) {
            if (!options.reset()) {
                throw damaged;
            }
            // A reset replaces the data anyway; the damaged file is kept, not deleted, in case it can be recovered.
            Path kept = setAsideDamagedData(damaged.dataDir());
            LOG.warn("The sandbox data in {} was damaged; kept it as {} and starting afresh", damaged.dataDir(),
                    kept.getFileName());
            return startOnce(options);
        }
    }

    /**
     * Renames the database file of {@code dataDir} with the word "damaged" and the time, so the next start finds no
     * database and makes a new one. Nothing is deleted.
     *
     * @return the file's new path
     */
    public static Path setAsideDamagedData(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(SandboxDatabase.FILE_NAME + ".mv.db");
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"));
        Path kept = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        try {
            java.nio.file.Files.move(file, kept);
            return kept;
        } catch (IOException e) {
            throw new SandboxException("Cannot move the damaged sandbox data " + file + " out of the way: "
                    + e.getMessage() + ". Move or delete it yourself, then start again.", e);
        }
    }

    private static Sandbox startOnce(SandboxOptions options) {
        Path dataDir = options.resolvedDataDir();
        SandboxDatabase database;
        try {
            database = SandboxDatabase.open(dataDir, HTTP_THREADS + 2);
        } catch (DatabaseInUseException e) {
            throw new SandboxDataInUseException(e.getMessage(), e.dataDir(), e);
        } catch (RuntimeException e) {
            if (DatabaseDamage.isDamage(e)) {
                throw new SandboxDataDamagedException(dataDir.toAbsolutePath().normalize(), e);
            }
            throw new SandboxException("Cannot open the sandbox database in " + dataDir + ": " + e.getMessage(), e);
        }
        SandboxServer server = null;
        try {
            DemoSeeder.Outcome data = DemoSeeder.ensure(database, options.reset(), options.accounts(), options.seed(),
                    options.liveMode());
            Clock clock = Clock.systemUTC();
            TokenService tokens = new TokenService(SigningKeys.loadOrCreate(database), options.tokenTtl(), clock);
            server = bind(options.port());
            AccountRepository accounts = new AccountRepository(database);
            DocumentStore documents = new DocumentStore(database);
            SandboxContext context = new SandboxContext(server.baseUrl(), data.partnerId(), database, documents,
                    accounts, new ApiClientRepository(database), tokens, new Outbox(documents, clock), clock);
            server.faults(options.faults());
            server.start(routes(context), new BearerAuthenticator(tokens));
            SandboxCredentials credentials = new SandboxCredentials(data.partnerId(), data.client().clientId(),
                    data.client().clientSecret());
            LOG.info("Sandbox serving {} accounts at {} (data in {})", data.accounts(), server.baseUrl(), database.dataDir());
            return new Sandbox(database, server, credentials, accounts);
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            database.close();
            if (!(e instanceof SandboxException) && DatabaseDamage.isDamage(e)) {
                throw new SandboxDataDamagedException(database.dataDir(), e);
            }
            throw e instanceof SandboxException s ? s : new SandboxException(describe(e), e);
        }
    }

    /** The whole cause chain in one line: the standalone jar prints only this message. */
    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return sb.toString();
    }

    private static SandboxServer bind(int port) {
        try {
            return SandboxServer.bind(port, HTTP_THREADS);
        } catch (BindException e) {
            throw new SandboxException("Port " + port + " on 127.0.0.1 is already in use; choose another port (--port N, or 0 for any free port)", e);
        } catch (IOException e) {
            throw new SandboxException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every route the sandbox serves, and the rules the seed gives for path parameters. Each group of routes lives in
     * its feature's package ({@code accounts/}, {@code connections/}…), as the client's areas do.
     */
    static RouteTable routes(SandboxContext context) {
        RouteTable routes = new RouteTable()
                .param("oid", AccountIds.OWNER, "must be an account id like T12345678, or a partner's short id like T123")
                .param("aid", AccountIds.ACCOUNT, "must be an account id: P or T followed by 8 digits, like T12345678")
                .param("partner_id", AccountIds.PARTNER, "must be a partner id: P or T, 3 digits and 00000, like T12300000");
        // In ENDPOINTS.md's order of groups.
        new TokenRoutes(context).register(routes);
        new ClientRoutes(context).register(routes);
        new RoleRoutes(context).register(routes);
        new UserRoutes(context).register(routes);
        new AccountRoutes(context.accounts()).register(routes);
        new AccountWriteRoutes(context).register(routes);
        new PricingRoutes(context).register(routes);
        new SettingsRoutes(context).register(routes);
        new ConnectionRoutes(context).register(routes);
        new AssetRoutes(context).register(routes);
        new ApprovalRoutes(context).register(routes);
        new SignupRoutes(context).register(routes);
        new ScreeningRoutes(context).register(routes);
        // Sandbox-only routes, under /_sandbox.
        new OutboxRoutes(context.outbox()).register(routes);
        return routes;
    }

    /** The API root, e.g. {@code http://127.0.0.1:54321/v1}; append {@code /accounts/{oid}/...} as with Dintero's. */
    public URI baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.address().getPort();
    }

    /** The socket the server listens on; always a loopback address. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** The seeded partner and its API client. */
    public SandboxCredentials credentials() {
        return credentials;
    }

    /** How many sub-accounts the partner has right now. */
    public int accountCount() {
        return accounts.count(credentials.partnerId());
    }

    public Path dataDir() {
        return database.dataDir();
    }

    /** Replaces the injected faults while running (the empty plan turns them off): for reliability tests. */
    public void injectFaults(FaultPlan faults) {
        server.faults(faults);
    }

    /** The faults being injected now, and how many of each it has injected so far. */
    public FaultPlan faults() {
        return server.faults();
    }

    /** Requests being answered right now, including those held by an injected delay (see {@link FaultPlan}). */
    public int requestsInFlight() {
        return server.requestsInFlight();
    }

    /** Stops serving and closes the database. Safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            database.close();
            LOG.info("Sandbox at {} stopped", database.dataDir());
        }
    }
}
