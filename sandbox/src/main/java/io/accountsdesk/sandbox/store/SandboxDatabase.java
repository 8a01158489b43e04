package io.accountsdesk.sandbox.store;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The H2 database in file mode under the data directory, behind a small connection pool.
 * H2 locks the file against other processes; within one JVM it would silently share the database, so a
 * registry of open directories gives a second sandbox on the same directory the same clear refusal.
 */
public final class SandboxDatabase implements AutoCloseable {

    public static final String FILE_NAME = "sandbox";
    private static final Set<Path> OPEN_DIRS = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final String url;
    private final int maxConnections;
    private final boolean existedBefore;
    /** Replaced only by {@link #compact}, before anything else uses the database. */
    private volatile JdbcConnectionPool pool;

    private SandboxDatabase(Path dataDir, String url, int maxConnections, boolean existedBefore) {
        this.dataDir = dataDir;
        this.url = url;
        this.maxConnections = maxConnections;
        this.existedBefore = existedBefore;
        this.pool = newPool();
    }

    private JdbcConnectionPool newPool() {
        JdbcConnectionPool created = JdbcConnectionPool.create(url, "sandbox", "");
        created.setMaxConnections(maxConnections);
        return created;
    }

    public static SandboxDatabase open(Path dataDir, int maxConnections) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!OPEN_DIRS.add(dir)) {
            throw new DatabaseInUseException(dir, null);
        }
        try {
            Files.createDirectories(dir);
            boolean existed = Files.exists(dir.resolve(FILE_NAME + ".mv.db"));
            // DB_CLOSE_DELAY=-1 keeps the database open between pooled connections; close() shuts it down.
            // COMPRESS: account documents are repetitive JSON; compressed pages make the file a fraction of the size.
            String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + ";DB_CLOSE_DELAY=-1;COMPRESS=TRUE";
            SandboxDatabase db = new SandboxDatabase(dir, url, maxConnections, existed);
            try (Connection probe = db.connection()) {
                probe.isValid(1);
            } catch (SQLException | RuntimeException e) {
                db.pool.dispose();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            OPEN_DIRS.remove(dir);
            if (isLocked(e)) {
                throw new DatabaseInUseException(dir, e);
            }
            throw new IllegalStateException("Cannot open the sandbox database in " + dir + ": " + e.getMessage(), e);
        } catch (java.io.IOException | RuntimeException e) {
            OPEN_DIRS.remove(dir);
            throw new IllegalStateException("Cannot open the sandbox database in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isLocked(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Whether the database file was there before this open, i.e. whether there may be data to reuse. */
    public boolean existedBefore() {
        return existedBefore;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Rewrites the file without the space earlier versions of its pages left behind, and opens it again. A bulk load
     * leaves much of it: at 100,000 demo accounts the file was about 1 GB right after generation and 390 MB compacted,
     * which took 11 s (H2 reports a fill rate near 65 %, and only reclaims it slowly while running). Call it with no
     * connection in use: H2's {@code SHUTDOWN COMPACT} closes them all.
     */
    public synchronized void compact() {
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compact the sandbox database in " + dataDir + ": " + e.getMessage(), e);
        } finally {
            pool.dispose();
            pool = newPool();
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // Already closed (e.g. by H2's own shutdown hook at JVM exit): nothing left to release.
        } finally {
            pool.dispose();
            OPEN_DIRS.remove(dataDir);
        }
    }
}
