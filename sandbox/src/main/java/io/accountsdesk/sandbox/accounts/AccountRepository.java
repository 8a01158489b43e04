package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;

import io.accountsdesk.sandbox.store.SandboxDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts in the store: bulk insert for the generator, and the reads behind the account routes. */
public final class AccountRepository {

    private final SandboxDatabase db;

    public AccountRepository(SandboxDatabase db) {
        this.db = db;
    }

    /** Where an account sits in the list order; {@code starting_after} resumes strictly after it. */
    public record Cursor(OffsetDateTime createdAt, String accountId) {
    }

    public Optional<Cursor> cursor(String partnerId, String accountId) {
        String sql = "SELECT created_at FROM accounts WHERE partner_id = ? AND account_id = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, partnerId);
            ps.setString(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Cursor(rs.getObject(1, OffsetDateTime.class), accountId)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read account " + accountId, e);
        }
    }

    public Optional<String> document(String partnerId, String accountId) {
        String sql = "SELECT document FROM accounts WHERE partner_id = ? AND account_id = ?";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, partnerId);
            ps.setString(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read account " + accountId, e);
        }
    }

    public int count(String partnerId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM accounts WHERE partner_id = ?")) {
            ps.setString(1, partnerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count accounts", e);
        }
    }

    /**
     * The documents of one page, newest first. Each filter is one EXISTS per required value, which is exactly
     * the seed's "all given values" semantics and lets H2 probe the per-account indexes row by row while it walks
     * the ordering index, stopping as soon as the page is full.
     */
    public List<String> list(String partnerId, AccountQuery query, Optional<Cursor> after) {
        return list(partnerId, query, after, true);
    }

    /** {@code useSearchIndex} false reads every row for a search, as before the index: what tests compare against. */
    List<String> list(String partnerId, AccountQuery query, Optional<Cursor> after, boolean useSearchIndex) {
        try (Connection c = db.connection()) {
            // The search's candidates from the trigram index, when it can name them (see AccountSearchIndex).
            Optional<List<String>> candidateGrams = Optional.empty();
            if (useSearchIndex && query.search().isPresent()) {
                String term = query.search().get();
                String digits = searchDigits(term);
                candidateGrams = AccountSearchIndex.candidateGrams(c,
                        digits.isEmpty() || digits.equals(term) ? List.of(term) : List.of(term, digits));
                if (candidateGrams.isPresent() && candidateGrams.get().isEmpty()) {
                    return List.of(); // some trigram of every way to match is in no account at all
                }
            }
            // The hint and the leading partner_id in ORDER BY keep every page on the ordering index ("index sorted"):
            // walking it newest-first and stopping after `limit` matches beats sorting all of a partner's accounts,
            // which H2 otherwise does through the foreign key's partner_id index (1 s instead of 7 ms at 100,000).
            // A search's index candidates (a thousand at most) are cheaper to fetch by key and sort; their ORDER BY
            // leaves out the (constant) partner_id, or H2 prefers walking the partner's index for its sort order.
            StringBuilder sql = new StringBuilder(candidateGrams.isPresent()
                    ? "SELECT a.document FROM accounts a WHERE a.partner_id = ?"
                    : "SELECT a.document FROM accounts a USE INDEX (accounts_by_partner_order) WHERE a.partner_id = ?");
            List<Object> args = new ArrayList<>();
            args.add(partnerId);
            candidateGrams.ifPresent(grams -> {
                sql.append(" AND a.account_id IN (SELECT g.account_id FROM account_search_grams g WHERE g.gram IN (")
                        .append(String.join(", ", java.util.Collections.nCopies(grams.size(), "?"))).append("))");
                args.addAll(grams);
            });
            appendConditions(sql, args, query, after);
            sql.append(candidateGrams.isPresent() ? " ORDER BY a.created_at DESC, a.account_id DESC LIMIT ?"
                    : " ORDER BY a.partner_id, a.created_at DESC, a.account_id DESC LIMIT ?");
            args.add(query.limit());

            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<String> documents = new ArrayList<>(query.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        documents.add(rs.getString(1));
                    }
                }
                return documents;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list accounts", e);
        }
    }

    /** The query's own conditions, the same whether or not the search index narrowed the rows first. */
    private static void appendConditions(StringBuilder sql, List<Object> args, AccountQuery query, Optional<Cursor> after) {
        query.search().ifPresent(term -> {
            // The seed only promises a match on the account id. Back-office users type names and organisation
            // numbers too, so the search also looks at business/display name and the org number's digits.
            String like = "%" + escapeLike(term) + "%";
            sql.append(" AND (a.account_id ILIKE ? ESCAPE '\\' OR a.business_name ILIKE ? ESCAPE '\\'"
                    + " OR a.display_name ILIKE ? ESCAPE '\\'");
            args.add(like);
            args.add(like);
            args.add(like);
            String digits = searchDigits(term);
            if (!digits.isEmpty()) {
                sql.append(" OR a.organization_digits ILIKE ? ESCAPE '\\'");
                args.add("%" + escapeLike(digits) + "%");
            }
            sql.append(')');
        });
        // Every given connection, and any connection in each given status: bit tests on the row being walked
        // (see Connections.connectionBit) cost far less than a probe of another table per condition.
        int connections = 0;
        for (String connection : query.connections()) {
            connections |= Connections.connectionBit(connection);
        }
        // The masks are written as literals: they come from the fixed lists, never from the request's text, and H2
        // cannot type a parameter inside BITAND.
        if (connections != 0) {
            sql.append(" AND BITAND(a.connection_mask, ").append(connections).append(") = ").append(connections);
        }
        for (String status : query.connectionStatuses()) {
            sql.append(" AND BITAND(a.status_mask, ").append(Connections.statusBit(status)).append(") <> 0");
        }
        for (String option : query.paymentOptions()) {
            sql.append(" AND EXISTS (SELECT 1 FROM account_payment_options po WHERE po.account_id = a.account_id AND po.payment_option = ?)");
            args.add(option);
        }
        if (!query.accountManagers().isEmpty()) {
            sql.append(" AND a.account_manager_email IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(query.accountManagers().size(), "?")))
                    .append(')');
            query.accountManagers().forEach(m -> args.add(m.toLowerCase(Locale.ROOT)));
        }
        after.ifPresent(cursor -> {
            // The first condition alone lets H2 start the index walk at the cursor; the OR breaks created_at ties.
            sql.append(" AND a.created_at <= ? AND (a.created_at < ? OR (a.created_at = ? AND a.account_id < ?))");
            args.add(cursor.createdAt());
            args.add(cursor.createdAt());
            args.add(cursor.createdAt());
            args.add(cursor.accountId());
        });
    }

    /** The search as matched against the organisation number's digits: spaces and hyphens left out. */
    private static String searchDigits(String term) {
        return term.replaceAll("[\\s-]", "");
    }

    /** What the organization_digits column holds: the number's digits only. */
    static String organizationDigits(String organizationNumber) {
        return organizationNumber == null ? null : organizationNumber.replaceAll("\\D", "");
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Inserts a batch in the caller's transaction, one JDBC batch per table. */
    public static void insert(Connection c, List<AccountRecord> batch) throws SQLException {
        try (PreparedStatement accounts = c.prepareStatement("""
                INSERT INTO accounts (account_id, partner_id, created_at, business_name, display_name,
                    organization_number, organization_digits, country, account_manager_email, progression,
                    connection_mask, status_mask, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement options = c.prepareStatement(
                     "INSERT INTO account_payment_options (account_id, payment_option) VALUES (?, ?)")) {
            for (AccountRecord a : batch) {
                accounts.setString(1, a.accountId());
                accounts.setString(2, a.partnerId());
                accounts.setObject(3, a.createdAt().atOffset(ZoneOffset.UTC));
                accounts.setString(4, a.businessName());
                accounts.setString(5, a.displayName());
                accounts.setString(6, a.organizationNumber());
                accounts.setString(7, organizationDigits(a.organizationNumber()));
                accounts.setString(8, a.country());
                accounts.setString(9, a.accountManagerEmail() == null ? null : a.accountManagerEmail().toLowerCase(Locale.ROOT));
                accounts.setString(10, a.progression());
                int connectionMask = 0;
                int statusMask = 0;
                for (ConnectionState cs : a.connections()) {
                    connectionMask |= Connections.connectionBit(cs.connection());
                    statusMask |= Connections.statusBit(cs.status());
                }
                accounts.setInt(11, connectionMask);
                accounts.setInt(12, statusMask);
                accounts.setString(13, a.document());
                accounts.addBatch();
                for (String option : a.paymentOptions()) {
                    options.setString(1, a.accountId());
                    options.setString(2, option);
                    options.addBatch();
                }
            }
            accounts.executeBatch();
            options.executeBatch();
        }
        // Every write path (the generator, create, signup, update as delete + insert) comes through here.
        AccountSearchIndex.add(c, batch);
    }

    /**
     * The stored form of an account document: the columns and rows the list filters on, taken from the document
     * itself so a write can never leave the filters and the served JSON disagreeing. Connection statuses come from
     * {@code connections.<name>.status}; payment options from the {@code configuration.payment_options} of enabled
     * connections, as the generator makes them.
     */
    public static AccountRecord recordOf(String partnerId, ObjectNode document) {
        JsonNode company = document.path("company");
        List<ConnectionState> states = new ArrayList<>();
        java.util.TreeSet<String> options = new java.util.TreeSet<>();
        document.path("connections").fields().forEachRemaining(entry -> {
            String status = entry.getValue().path("status").asText(null);
            if (status != null) {
                states.add(new ConnectionState(entry.getKey(), status));
            }
            if ("enabled".equals(status)) {
                entry.getValue().path("configuration").path("payment_options")
                        .forEach(option -> options.add(option.path("type").asText()));
            }
        });
        options.remove("");
        String createdAt = document.path("created_at").asText(null);
        return new AccountRecord(
                document.path("account_id").asText(),
                partnerId,
                createdAt == null ? java.time.Instant.now() : java.time.OffsetDateTime.parse(createdAt).toInstant(),
                company.path("business_name").asText(""),
                company.path("display_name").asText(null),
                company.path("organization_number").asText(null),
                company.path("address").path("country").asText(null),
                document.path("account_manager").path("email").asText(null),
                document.path("progression").asText("applied"),
                Json.write(document),
                states,
                List.copyOf(options));
    }

    /** The document of one account, read inside the caller's transaction. */
    public static Optional<ObjectNode> document(Connection c, String partnerId, String accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document FROM accounts WHERE partner_id = ? AND account_id = ? FOR UPDATE")) {
            ps.setString(1, partnerId);
            ps.setString(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of((ObjectNode) Json.MAPPER.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored account " + accountId + " is not JSON", e);
        }
    }

    /** The partner an account belongs to, if the account exists: how an exchanged or own token is checked. */
    public Optional<String> partnerOf(String accountId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT partner_id FROM accounts WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read account " + accountId, e);
        }
    }

    /** Replaces a stored account (document, filter columns, payment-option rows) in the caller's transaction. */
    public static void replace(Connection c, AccountRecord a) throws SQLException {
        delete(c, a.partnerId(), a.accountId());
        insert(c, List.of(a));
    }

    /** Deletes an account, its filter rows and its search trigrams in the caller's transaction; false when there was none. */
    public static boolean delete(Connection c, String partnerId, String accountId) throws SQLException {
        AccountSearchIndex.remove(c, partnerId, accountId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM accounts WHERE partner_id = ? AND account_id = ?")) {
            ps.setString(1, partnerId);
            ps.setString(2, accountId);
            return ps.executeUpdate() > 0;
        }
    }
}
