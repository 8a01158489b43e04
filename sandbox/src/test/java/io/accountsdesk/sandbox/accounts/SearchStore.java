package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.store.Schema;
import io.accountsdesk.sandbox.support.TestSandboxes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * An empty sandbox database with one partner, whose accounts tests write through {@link AccountRepository}'s own
 * write paths, and a search that runs with the trigram index or as the plain scan it replaces.
 */
final class SearchStore implements AutoCloseable {

    static final String PARTNER = "T12300000";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Path dir = TestSandboxes.tempDir("search-index");
    private final SandboxDatabase db = SandboxDatabase.open(dir, 2);
    private final AccountRepository repository = new AccountRepository(db);
    private int created;

    SearchStore() throws SQLException {
        try (Connection c = db.connection()) {
            Schema.create(c);
            Schema.indexAfterLoad(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO partners (partner_id, name, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, PARTNER);
                ps.setString(2, "Search partner");
                ps.setObject(3, START.atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
        }
    }

    /** Removes every account, the plain way, so the next case starts empty (the index with them) at T00000001. */
    void clear() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM account_search_grams");
            s.execute("DELETE FROM account_payment_options");
            s.execute("DELETE FROM accounts");
        }
        created = 0;
    }

    /** A new account, newer than every one before; answers its id. */
    String create(String businessName, String displayName, String organizationNumber) throws SQLException {
        String id = String.format("T%08d", 1 + created);
        try (Connection c = db.connection()) {
            AccountRepository.insert(c, List.of(record(id, START.plusSeconds(created), businessName, displayName, organizationNumber)));
        }
        created++;
        return id;
    }

    /** Renames an account as an update does: the whole row replaced in one transaction. */
    void rename(String id, String businessName, String displayName, String organizationNumber) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            AccountRepository.replace(c, record(id, START.plusSeconds(Long.parseLong(id.substring(1)) - 1),
                    businessName, displayName, organizationNumber));
            c.commit();
        }
    }

    void delete(String id) throws SQLException {
        try (Connection c = db.connection()) {
            AccountRepository.delete(c, PARTNER, id);
        }
    }

    /** Stores a new account as the routes do, through {@link AccountRepository#insert}. */
    void insert(AccountRecord account) throws SQLException {
        try (Connection c = db.connection()) {
            AccountRepository.insert(c, List.of(account));
        }
    }

    /** Replaces a stored account as an update does: the whole row replaced in one transaction. */
    void replace(AccountRecord account) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            AccountRepository.replace(c, account);
            c.commit();
        }
    }

    /** The documents of one page, after {@code startingAfter} as the list route resolves it. */
    List<String> list(AccountQuery query, Optional<String> startingAfter, boolean useIndexes) {
        Optional<AccountRepository.Cursor> after = startingAfter.flatMap(id -> repository.cursor(PARTNER, id));
        return repository.list(PARTNER, query, after, useIndexes);
    }

    /** The ids of one page of {@code search=term}, newest first, as the list route would serve them. */
    List<String> search(String term, int limit, boolean useIndex) {
        AccountQuery query = new AccountQuery(Optional.of(term), List.of(), List.of(), List.of(), List.of(), limit, Optional.empty());
        // Each test document is its own account id, so the page reads as a list of ids.
        return repository.list(PARTNER, query, Optional.empty(), useIndex);
    }

    /** The trigrams the index would start {@code term} from (empty: no account can match; none: it walks). */
    Optional<List<String>> candidateGrams(String term) throws SQLException {
        try (Connection c = db.connection()) {
            return AccountSearchIndex.candidateGrams(c, List.of(term));
        }
    }

    private static AccountRecord record(String id, Instant createdAt, String businessName, String displayName,
                                        String organizationNumber) {
        return new AccountRecord(id, PARTNER, createdAt, businessName, displayName, organizationNumber, "NO", null,
                "applied", id, List.of(), List.of());
    }

    @Override
    public void close() {
        db.close();
        TestSandboxes.delete(dir);
    }
}
