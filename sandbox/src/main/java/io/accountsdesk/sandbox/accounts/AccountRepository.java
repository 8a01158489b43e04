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
     * The documents of one page, newest first. Each filter keeps the seed's "all given values" semantics: every given
     * connection, a connection in each given status, every given payment option, any of the given account managers.
     */
    public List<String> list(String partnerId, AccountQuery query, Optional<Cursor> after) {
        return list(partnerId, query, after, true);
    }

    /**
     * {@code useIndexes} false evaluates the query the plain way, as before the search and payment-option indexes:
     * an ordered walk of every account that tests each condition on the row. What tests compare against.
     */
    List<String> list(String partnerId, AccountQuery query, Optional<Cursor> after, boolean useIndexes) {
        try (Connection c = db.connection()) {
            // The search's candidates from the trigram index, when it can name them (see AccountSearchIndex).
            Optional<List<String>> candidateGrams = Optional.empty();
            if (useIndexes && query.search().isPresent()) {
                String term = query.search().get();
                String digits = searchDigits(term);
                candidateGrams = AccountSearchIndex.candidateGrams(c,
                        digits.isEmpty() || digits.equals(term) ? List.of(term) : List.of(term, digits));
                if (candidateGrams.isPresent() && candidateGrams.get().isEmpty()) {
                    return List.of(); // some trigram of every way to match is in no account at all
                }
            }
            StringBuilder sql = new StringBuilder();
            List<Object> args = new ArrayList<>();
            List<String> options = query.paymentOptions();
            if (candidateGrams.isPresent()) {
                // A search's index candidates (a thousand at most) are cheaper to fetch by key and sort; their ORDER
                // BY leaves out the (constant) partner_id, or H2 prefers walking the partner's index for its order.
                sql.append("SELECT a.document FROM accounts a WHERE a.partner_id = ?"
                        + " AND a.account_id IN (SELECT g.account_id FROM account_search_grams g WHERE g.gram IN (")
                        .append(String.join(", ", java.util.Collections.nCopies(candidateGrams.get().size(), "?")))
                        .append("))");
                args.add(partnerId);
                args.addAll(candidateGrams.get());
                appendConditions(sql, args, query, options, "a", after);
                sql.append(" ORDER BY a.created_at DESC, a.account_id DESC LIMIT ?");
            } else if (useIndexes && !options.isEmpty()) {
                // Walk one payment option's accounts in list order (account_payment_options_in_order) and read only
                // those: the first 100 of the 2,900 accounts with instabank.finance (of 100,000) cost 100 index
                // entries and 100 rows, where the walk of all accounts below tested 4,600 of them to find those 100.
                // The rarest given option leads; any others are checked per account, as in the walk.
                String leading = rarestOption(c, partnerId, options);
                sql.append("SELECT a.document FROM account_payment_options o USE INDEX (account_payment_options_in_order)"
                        + " JOIN accounts a ON a.account_id = o.account_id"
                        + " WHERE o.payment_option = ? AND o.partner_id = ? AND a.partner_id = ?");
                args.add(leading);
                args.add(partnerId);
                args.add(partnerId);
                appendConditions(sql, args, query, options.stream().filter(o -> !o.equals(leading)).toList(), "o", after);
                sql.append(" ORDER BY o.payment_option, o.partner_id, o.created_at DESC, o.account_id DESC LIMIT ?");
            } else {
                // The hint and the leading partner_id in ORDER BY keep every page on the ordering index ("index
                // sorted"): walking it newest-first and stopping after `limit` matches beats sorting all of a
                // partner's accounts, which H2 otherwise does through the foreign key's partner_id index (1 s
                // instead of 7 ms at 100,000). The connection masks are in that index, so their tests read no row.
                sql.append("SELECT a.document FROM accounts a USE INDEX (accounts_by_partner_order) WHERE a.partner_id = ?");
                args.add(partnerId);
                appendConditions(sql, args, query, options, "a", after);
                sql.append(" ORDER BY a.partner_id, a.created_at DESC, a.account_id DESC LIMIT ?");
            }
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

    /** Beyond this many accounts an option counts as common: counting further would cost more than it tells. */
    static final int OPTION_COUNT_CAP = 5_000;

    /**
     * The given option held by the fewest of the partner's accounts (counted up to {@link #OPTION_COUNT_CAP}), so
     * the walk that starts from it passes as few accounts as possible; the only one when only one is given.
     */
    private static String rarestOption(Connection c, String partnerId, List<String> options) throws SQLException {
        if (options.size() == 1) {
            return options.get(0);
        }
        String rarest = options.get(0);
        int fewest = Integer.MAX_VALUE;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM account_payment_options"
                + " USE INDEX (account_payment_options_in_order) WHERE payment_option = ? AND partner_id = ? LIMIT ?)")) {
            for (String option : options) {
                ps.setString(1, option);
                ps.setString(2, partnerId);
                ps.setInt(3, OPTION_COUNT_CAP);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int n = rs.getInt(1);
                    if (n < fewest) {
                        rarest = option;
                        fewest = n;
                    }
                }
                if (fewest == 0) {
                    break; // no account has it: the page is empty, and found at once
                }
            }
        }
        return rarest;
    }

    /**
     * The query's own conditions on account {@code a}, the same whichever way its rows are found: {@code options}
     * are the payment options still to check per account, and {@code order} the alias whose created_at and
     * account_id the walk follows, so that the cursor starts the walk where the last page ended.
     */
    private static void appendConditions(StringBuilder sql, List<Object> args, AccountQuery query, List<String> options,
                                         String order, Optional<Cursor> after) {
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
        for (String option : options) {
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
            sql.append(" AND ").append(order).append(".created_at <= ? AND (").append(order).append(".created_at < ? OR (")
                    .append(order).append(".created_at = ? AND ").append(order).append(".account_id < ?))");
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
                     "INSERT INTO account_payment_options (account_id, payment_option, partner_id, created_at)"
                             + " VALUES (?, ?, ?, ?)")) {
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
                    options.setString(3, a.partnerId());
                    options.setObject(4, a.createdAt().atOffset(ZoneOffset.UTC));
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
