package io.accountsdesk.sandbox.demo;

import io.accountsdesk.sandbox.SandboxException;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRecord;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.auth.ApiClient;
import io.accountsdesk.sandbox.auth.ApiClientRepository;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.store.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes sure the database holds demo data: reuses a complete database as it is, and otherwise (reset, first run,
 * an interrupted generation, an older schema) wipes it and generates afresh.
 *
 * <p>A complete database of the other mode (test data opened in live mode, or the reverse) is neither reused nor
 * wiped: mixing would serve T accounts to someone rehearsing production, and wiping would lose what the user did
 * there, so without a reset the start fails and says how to go on.
 */
public final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    /** Large enough to amortise JDBC round trips, small enough that a batch of documents stays a few MB. */
    static final int BATCH_SIZE = 1_000;

    private DemoSeeder() {
    }

    /** What the database holds after {@link #ensure}. */
    public record Outcome(boolean generated, String partnerId, ApiClient client, int accounts) {
    }

    /** Test mode, as before live mode existed. */
    public static Outcome ensure(SandboxDatabase db, boolean reset, int accounts, long seed) {
        return ensure(db, reset, accounts, seed, false);
    }

    /**
     * @throws SandboxException if the database holds complete data of the other mode and {@code reset} is false
     */
    public static Outcome ensure(SandboxDatabase db, boolean reset, int accounts, long seed, boolean liveMode) {
        Outcome outcome = prepare(db, reset, accounts, seed, liveMode);
        if (outcome.generated()) {
            long started = System.nanoTime();
            db.compact();
            LOG.info("Compacted the new database in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        return outcome;
    }

    private static Outcome prepare(SandboxDatabase db, boolean reset, int accounts, long seed, boolean liveMode) {
        try (Connection c = db.connection()) {
            Optional<String> state = Schema.meta(c, "state");
            Optional<String> version = Schema.meta(c, "schema_version");
            String reason;
            if (reset) {
                reason = "reset requested";
            } else if (state.isEmpty()) {
                reason = db.existedBefore() ? "database holds no sandbox data" : "new database";
            } else if (!version.equals(Optional.of(Integer.toString(Schema.VERSION)))) {
                reason = "database has schema " + version.orElse("?") + ", this sandbox needs " + Schema.VERSION;
            } else if (!state.get().equals("ready")) {
                reason = "an earlier generation did not finish";
            } else {
                requireSameMode(db, c, liveMode);
                return reuse(db, c);
            }
            return generate(db, c, accounts, seed, liveMode, reason);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the sandbox database in " + db.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static void requireSameMode(SandboxDatabase db, Connection c, boolean liveMode) throws SQLException {
        String stored = Schema.meta(c, "partner_id").orElse("");
        if (AccountIds.isLive(stored) == liveMode) {
            return;
        }
        String asked = DemoPartner.forSeed(0, liveMode).partnerId();
        throw new SandboxException("The sandbox data in " + db.dataDir() + " was generated in " + mode(!liveMode)
                + " (partner " + stored + "), but " + mode(liveMode) + " (partner " + asked + ") was asked for. "
                + (liveMode ? "Start without --live to use it, " : "Start with --live to use it, ")
                + "add --reset to replace it with " + mode(liveMode) + " demo data, or choose another --data-dir.");
    }

    private static String mode(boolean liveMode) {
        return liveMode ? "live mode" : "test mode";
    }

    private static Outcome reuse(SandboxDatabase db, Connection c) throws SQLException {
        String partnerId = Schema.meta(c, "partner_id").orElseThrow();
        ApiClient client = new ApiClientRepository(db).firstOf(partnerId).orElseThrow(
                () -> new IllegalStateException("The sandbox database has no API client; start once with --reset"));
        int count = new AccountRepository(db).count(partnerId);
        LOG.info("Reusing sandbox data in {}: {} accounts under partner {} (seed {}); use reset to regenerate",
                db.dataDir(), count, partnerId, Schema.meta(c, "seed").orElse("?"));
        return new Outcome(false, partnerId, client, count);
    }

    private static Outcome generate(SandboxDatabase db, Connection c, int accounts, long seed, boolean liveMode,
                                    String reason) throws SQLException {
        long started = System.nanoTime();
        LOG.info("Generating {} demo accounts in {} with seed {} in {} ({})", accounts, mode(liveMode), seed,
                db.dataDir(), reason);
        DemoDataGenerator generator = new DemoDataGenerator(seed, liveMode);
        DemoPartner partner = generator.partner();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Schema.dropAll(c);
            Schema.create(c);
            Schema.putMeta(c, "state", "generating");
            Schema.putMeta(c, "seed", Long.toString(seed));
            Schema.putMeta(c, "partner_id", partner.partnerId());
            Schema.putMeta(c, "anchor", DemoDataGenerator.ANCHOR.toString());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO partners (partner_id, name, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, partner.partnerId());
                ps.setString(2, partner.name());
                ps.setObject(3, DemoDataGenerator.ANCHOR.minus(DemoDataGenerator.HISTORY).atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            ApiClientRepository.insert(c, partner.client(), DemoDataGenerator.ANCHOR.minus(DemoDataGenerator.HISTORY));
            c.commit();
            insertAccounts(c, generator, accounts);
            Schema.indexAfterLoad(c);
            Schema.putMeta(c, "accounts", Integer.toString(accounts));
            Schema.putMeta(c, "state", "ready");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        LOG.info("Generated {} demo accounts in {} ms", accounts, (System.nanoTime() - started) / 1_000_000);
        return new Outcome(true, partner.partnerId(), partner.client(), accounts);
    }

    /**
     * Generation (JSON building) runs on a second thread one batch ahead of the inserts, so both cores work;
     * each batch is committed on its own to keep H2's undo log small.
     */
    private static void insertAccounts(Connection c, DemoDataGenerator generator, int accounts) throws SQLException {
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sandbox-demo-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<AccountRecord>> next = accounts > 0
                    ? ahead.submit(() -> generator.generate(0, Math.min(BATCH_SIZE, accounts))) : null;
            for (int from = 0; from < accounts; from += BATCH_SIZE) {
                List<AccountRecord> batch = next.get();
                int nextFrom = from + BATCH_SIZE;
                if (nextFrom < accounts) {
                    next = ahead.submit(() -> generator.generate(nextFrom, Math.min(nextFrom + BATCH_SIZE, accounts)));
                }
                AccountRepository.insert(c, batch);
                c.commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating demo data", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Generating demo data failed", e.getCause());
        } finally {
            ahead.shutdownNow();
        }
    }
}
