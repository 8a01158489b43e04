package io.accountsdesk.sandbox.auth;

import io.accountsdesk.sandbox.store.SandboxDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * API clients. Secrets are kept in plain text: this is a local emulator whose seeded secret is derived from a public
 * seed and printed at start-up, so hashing would protect nothing and would stop the sandbox from showing it again.
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

    private static ApiClient read(ResultSet rs) throws SQLException {
        return new ApiClient(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
