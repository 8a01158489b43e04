package io.accountsdesk.sandbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every resource the sandbox keeps besides accounts (clients, roles, users, approvals, price packages, signups,
 * screening inquiries, the outbox…), as JSON documents in one H2 table: {@code (kind, owner, id)} names a document,
 * {@code owner} is usually the account it belongs to, and an optional {@code lookup} key finds one across owners
 * (a client id, a verification id, an IRN). Lists come newest first.
 *
 * <p>A handler that changes several things does so in one {@link #inTransaction} so a failure stores none of them.
 */
public final class DocumentStore {

    private final SandboxDatabase db;

    public DocumentStore(SandboxDatabase db) {
        this.db = db;
    }

    /** The operations inside one transaction. */
    public interface Tx {
        Optional<ObjectNode> get(String kind, String owner, String id);

        /** Creates or replaces; a replaced document keeps its place in the list order. */
        void put(String kind, String owner, String id, ObjectNode document, String lookup);

        default void put(String kind, String owner, String id, ObjectNode document) {
            put(kind, owner, id, document, null);
        }

        boolean delete(String kind, String owner, String id);

        /** Newest first, after the document {@code startingAfter} (an id, or {@code null}), keeping those that pass. */
        List<ObjectNode> list(String kind, String owner, String startingAfter, int limit, Predicate<ObjectNode> keep);

        Optional<Found> byLookup(String kind, String lookup);

        /** The JDBC connection of this transaction, for repositories that must take part in it. */
        Connection connection();
    }

    /** A document found by its lookup key, with where it lives. */
    public record Found(String owner, String id, ObjectNode document) {
    }

    public <T> T inTransaction(Function<Tx, T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new JdbcTx(c));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
        }
    }

    public Optional<ObjectNode> get(String kind, String owner, String id) {
        return inTransaction(tx -> tx.get(kind, owner, id));
    }

    public void put(String kind, String owner, String id, ObjectNode document) {
        inTransaction(tx -> {
            tx.put(kind, owner, id, document);
            return null;
        });
    }

    public void put(String kind, String owner, String id, ObjectNode document, String lookup) {
        inTransaction(tx -> {
            tx.put(kind, owner, id, document, lookup);
            return null;
        });
    }

    public boolean delete(String kind, String owner, String id) {
        return inTransaction(tx -> tx.delete(kind, owner, id));
    }

    public List<ObjectNode> list(String kind, String owner, String startingAfter, int limit, Predicate<ObjectNode> keep) {
        return inTransaction(tx -> tx.list(kind, owner, startingAfter, limit, keep));
    }

    public List<ObjectNode> all(String kind, String owner) {
        return list(kind, owner, null, Integer.MAX_VALUE, doc -> true);
    }

    public Optional<Found> byLookup(String kind, String lookup) {
        return inTransaction(tx -> tx.byLookup(kind, lookup));
    }

    private record JdbcTx(Connection c) implements Tx {

        @Override
        public Connection connection() {
            return c;
        }

        @Override
        public Optional<ObjectNode> get(String kind, String owner, String id) {
            String sql = "SELECT document FROM documents WHERE kind = ? AND owner = ? AND id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind);
                ps.setString(2, owner);
                ps.setString(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void put(String kind, String owner, String id, ObjectNode document, String lookup) {
            String update = "UPDATE documents SET document = ?, lookup = COALESCE(?, lookup)"
                    + " WHERE kind = ? AND owner = ? AND id = ?";
            String insert = "INSERT INTO documents (kind, owner, id, lookup, created_at, document) VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(update)) {
                ps.setString(1, Json.write(document));
                ps.setString(2, lookup);
                ps.setString(3, kind);
                ps.setString(4, owner);
                ps.setString(5, id);
                if (ps.executeUpdate() > 0) {
                    return;
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setString(1, kind);
                ps.setString(2, owner);
                ps.setString(3, id);
                ps.setString(4, lookup);
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                ps.setString(6, Json.write(document));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public boolean delete(String kind, String owner, String id) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE kind = ? AND owner = ? AND id = ?")) {
                ps.setString(1, kind);
                ps.setString(2, owner);
                ps.setString(3, id);
                return ps.executeUpdate() > 0;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public List<ObjectNode> list(String kind, String owner, String startingAfter, int limit,
                                     Predicate<ObjectNode> keep) {
            String sql = "SELECT document FROM documents WHERE kind = ? AND owner = ?"
                    + (startingAfter == null ? "" : " AND seq < (SELECT seq FROM documents WHERE kind = ? AND owner = ? AND id = ?)")
                    + " ORDER BY seq DESC";
            List<ObjectNode> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind);
                ps.setString(2, owner);
                if (startingAfter != null) {
                    ps.setString(3, kind);
                    ps.setString(4, owner);
                    ps.setString(5, startingAfter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (found.size() < limit && rs.next()) {
                        ObjectNode document = parse(rs.getString(1));
                        if (keep.test(document)) {
                            found.add(document);
                        }
                    }
                }
                return found;
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public Optional<Found> byLookup(String kind, String lookup) {
            String sql = "SELECT owner, id, document FROM documents WHERE kind = ? AND lookup = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind);
                ps.setString(2, lookup);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Found(rs.getString(1), rs.getString(2), parse(rs.getString(3))))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private static ObjectNode parse(String json) {
            try {
                return (ObjectNode) Json.MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored document is not JSON", e);
            }
        }

        private static IllegalStateException failed(SQLException e) {
            return new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
        }
    }
}
