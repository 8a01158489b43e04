package io.accountsdesk.sandbox.auth;

import io.accountsdesk.sandbox.store.SandboxDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API clients. Secrets are kept in plain text: this is a local emulator whose seeded secret is derived from a public
 * seed and printed at start-up, so hashing would protect nothing and would stop the sandbox from showing it again.
 * The API never shows a stored secret, though: {@code /auth/clients} answers it only once, on create and on rotate.
 *
 * <p>This table is what the client-credentials grant checks; a client's other fields (description, callbacks…) are
 * kept as documents by {@code clients.ClientRoutes}. The static methods take a {@link Connection} so they can run
 * inside a {@code DocumentStore} transaction together with those documents.
 */
public final class ApiClientRepository {

    private final SandboxDatabase db;

    public ApiClientRepository(SandboxDatabase db) {
        this.db = db;
    }

    public Optional<ApiClient> find(String clientId) {
        String sql = "SELECT client_id, client_secret, partner_id, name FROM api_clients WHERE client_id = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read API clients", e);
        }
    }

    /** The oldest client of a partner: the one the sandbox seeded and reports as its credentials. */
    public Optional<ApiClient> firstOf(String partnerId) {
        String sql = "SELECT client_id, client_secret, partner_id, name FROM api_clients WHERE partner_id = ?"
                + " ORDER BY created_at, client_id LIMIT 1";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, partnerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read API clients", e);
        }
    }

    public static void insert(Connection c, ApiClient client, Instant createdAt) throws SQLException {
        String sql = "INSERT INTO api_clients (client_id, client_secret, partner_id, name, created_at) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, client.clientId());
            ps.setString(2, client.clientSecret());
            ps.setString(3, client.partnerId());
            ps.setString(4, client.name());
            ps.setObject(5, createdAt.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** A client with when it was registered, for the client list. */
    public record Registered(ApiClient client, Instant createdAt) {
    }

    /** Every client of an account, newest first. */
    public static List<Registered> listOf(Connection c, String accountId) throws SQLException {
        String sql = "SELECT client_id, client_secret, partner_id, name, created_at FROM api_clients WHERE partner_id = ?"
                + " ORDER BY created_at DESC, client_id DESC";
        List<Registered> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Registered(read(rs), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return found;
    }

    public static Optional<ApiClient> find(Connection c, String clientId) throws SQLException {
        String sql = "SELECT client_id, client_secret, partner_id, name FROM api_clients WHERE client_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Whether {@code accountId} may own rows here: the table's foreign key accepts partners only, so a sub-account
     * cannot have a client until the schema lets it.
     */
    public static boolean canOwnClients(Connection c, String accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM partners WHERE partner_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Replaces the secret; the old one stops working for the very next token request. */
    public static boolean updateSecret(Connection c, String clientId, String secret) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE api_clients SET client_secret = ? WHERE client_id = ?")) {
            ps.setString(1, secret);
            ps.setString(2, clientId);
            return ps.executeUpdate() > 0;
        }
    }

    /** Removes the client, so its client-credentials grant answers 401 from now on. */
    public static boolean delete(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_clients WHERE client_id = ?")) {
            ps.setString(1, clientId);
            return ps.executeUpdate() > 0;
        }
    }

    private static ApiClient read(ResultSet rs) throws SQLException {
        return new ApiClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
