package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account reads and writes inside a {@link DocumentStore} transaction, for the routes that change accounts (create,
 * update, delete, settings, signup). Everything goes through {@link AccountRepository}'s {@code insert/replace/delete}
 * so the list's filter rows always follow the document; the list query and the accounts table stay as they are.
 */
public final class AccountStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountStore() {
    }

    /** The account under {@code partnerId}, locked for update; 404 naming both when there is none. */
    public static ObjectNode require(DocumentStore.Tx tx, String partnerId, String accountId) {
        return find(tx, partnerId, accountId).orElseThrow(() -> ApiException.notFound("No account " + accountId
                + " under partner " + partnerId + "; list them with GET /accounts/" + partnerId + "/management/accounts"));
    }

    public static Optional<ObjectNode> find(DocumentStore.Tx tx, String partnerId, String accountId) {
        try {
            return AccountRepository.document(tx.connection(), partnerId, accountId);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Inserts a new account (document, filter columns and rows) in the caller's transaction. */
    public static void insert(DocumentStore.Tx tx, String partnerId, ObjectNode document) {
        try {
            AccountRepository.insert(tx.connection(), List.of(AccountRepository.recordOf(partnerId, document)));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public static void replace(DocumentStore.Tx tx, String partnerId, ObjectNode document) {
        try {
            AccountRepository.replace(tx.connection(), AccountRepository.recordOf(partnerId, document));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public static void delete(DocumentStore.Tx tx, String partnerId, String accountId) {
        try {
            AccountRepository.delete(tx.connection(), partnerId, accountId);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Whether {@code accountId} is a partner (partners live in their own table, not among accounts). */
    public static boolean isPartner(DocumentStore.Tx tx, String accountId) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM partners WHERE partner_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The partner's name and creation time, for views of the partner's own account. */
    public record Partner(String partnerId, String name, Instant createdAt) {
    }

    public static Optional<Partner> partner(DocumentStore.Tx tx, String partnerId) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT name, created_at FROM partners WHERE partner_id = ?")) {
            ps.setString(1, partnerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Partner(partnerId, rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** 403 unless {@code ownerId} is a partner: only partners have sub-accounts (and signups) under them. */
    public static void requirePartner(DocumentStore.Tx tx, String ownerId, String what) {
        if (!isPartner(tx, ownerId)) {
            throw new ApiException(403, "forbidden", "Account " + ownerId + " is not a partner and cannot " + what
                    + "; use the partner's own id (like T123) with a partner token", List.of(), Map.of());
        }
    }

    /**
     * A fresh account id in the partner's mode (T for test, P for production) + 8 random digits, never one that
     * ends in 00000 (those are partner ids) and never one in use.
     */
    public static String newAccountId(DocumentStore.Tx tx, char mode) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int number = 1 + RANDOM.nextInt(99_999_999);
            if (number % 100_000 == 0) {
                continue;
            }
            String id = mode + String.format("%08d", number);
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT 1 FROM accounts WHERE account_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        throw new IllegalStateException("Could not find a free account id");
    }

    /**
     * When a new account is created: now, or just after the partner's newest account when the clock says otherwise
     * (demo data is laid out up to a fixed instant), so a new account is always first in the list. Reads one row
     * through the list's own ordering index.
     */
    public static Instant creationTime(DocumentStore.Tx tx, String partnerId, Instant now) {
        String sql = "SELECT created_at FROM accounts USE INDEX (accounts_by_partner_order) WHERE partner_id = ?"
                + " ORDER BY partner_id, created_at DESC, account_id DESC LIMIT 1";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            ps.setString(1, partnerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Instant newest = rs.getObject(1, OffsetDateTime.class).toInstant();
                    if (!now.isAfter(newest)) {
                        return newest.plusMillis(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return now;
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
    }
}
