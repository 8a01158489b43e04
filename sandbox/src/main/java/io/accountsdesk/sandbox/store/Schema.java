package io.accountsdesk.sandbox.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The sandbox tables. The account document is stored whole, as served, so listing never re-serialises;
 * the columns beside it exist only to filter and order.
 */
public final class Schema {

    /** Bump when the tables or the generated documents change shape: an older database is then regenerated. */
    public static final int VERSION = 5;

    private static final String[] DDL = {
        """
        CREATE TABLE meta (
            name VARCHAR(64) PRIMARY KEY,
            val  VARCHAR(1000) NOT NULL
        )""",
        """
        CREATE TABLE partners (
            partner_id VARCHAR(9) PRIMARY KEY,
            name       VARCHAR(200) NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL
        )""",
        """
        CREATE TABLE api_clients (
            client_id     VARCHAR(64) PRIMARY KEY,
            client_secret VARCHAR(200) NOT NULL,
            partner_id    VARCHAR(9) NOT NULL REFERENCES partners(partner_id) ON DELETE CASCADE,
            name          VARCHAR(200) NOT NULL,
            created_at    TIMESTAMP WITH TIME ZONE NOT NULL
        )""",
        "CREATE INDEX api_clients_by_partner ON api_clients(partner_id)",
        """
        CREATE TABLE signing_keys (
            kid        VARCHAR(64) PRIMARY KEY,
            jwk        CLOB NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL
        )""",
        """
        CREATE TABLE accounts (
            account_id            VARCHAR(9) PRIMARY KEY,
            partner_id            VARCHAR(9) NOT NULL,
            created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
            business_name         VARCHAR(200) NOT NULL,
            display_name          VARCHAR(200),
            organization_number   VARCHAR(32),
            organization_digits   VARCHAR(32),
            country               CHAR(2),
            account_manager_email VARCHAR(200),
            progression           VARCHAR(16) NOT NULL,
            connection_mask       INT NOT NULL DEFAULT 0,
            status_mask           INT NOT NULL DEFAULT 0,
            document              CLOB NOT NULL
        )""",
        // Serves the list's only ordering (created_at desc, account_id desc) within a partner, and its cursor. The
        // masks ride along so the connection filters are decided on the index entry while the list walks it: H2
        // reads an account's row only for entries that pass (at 100,000 accounts, a walk past 7,800 accounts to
        // find 100 read 1,050 pages instead of 12,750).
        "CREATE INDEX accounts_by_partner_order ON accounts(partner_id, created_at DESC, account_id DESC,"
                + " connection_mask, status_mask)",
        "ALTER TABLE accounts ADD CONSTRAINT accounts_partner_fk FOREIGN KEY (partner_id)"
                + " REFERENCES partners(partner_id) ON DELETE CASCADE",
        // Emails are stored lower-cased, so the case-insensitive account_manager filter can use this index.
        "CREATE INDEX accounts_by_manager ON accounts(partner_id, account_manager_email)",
        // One row per payment option of an account's enabled connections. partner_id and created_at are the
        // account's own, copied so that one option's accounts can be read in list order straight from the index
        // below: a payment_option filter starts there and reads only accounts that have the option, instead of
        // walking every account in order and probing this table for each.
        """
        CREATE TABLE account_payment_options (
            account_id     VARCHAR(9) NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
            payment_option VARCHAR(64) NOT NULL,
            partner_id     VARCHAR(9) NOT NULL,
            created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
            PRIMARY KEY (account_id, payment_option)
        )""",
        "CREATE INDEX account_payment_options_in_order ON account_payment_options(payment_option, partner_id,"
                + " created_at DESC, account_id DESC)",
        // The account list's search index: each folded trigram of an account's id, names and org-number digits
        // (see accounts.AccountSearchIndex). Its primary key comes with indexAfterLoad. Deliberately no foreign
        // key: it would add an index on account_id, and AccountRepository removes the rows by primary key before
        // it deletes the account.
        """
        CREATE TABLE account_search_grams (
            gram       VARCHAR(3) NOT NULL,
            account_id VARCHAR(9) NOT NULL
        )""",
        // Every other resource, as documents: see DocumentStore. seq gives the list order (newest first).
        """
        CREATE TABLE documents (
            kind       VARCHAR(48) NOT NULL,
            owner      VARCHAR(64) NOT NULL,
            id         VARCHAR(200) NOT NULL,
            seq        BIGINT AUTO_INCREMENT,
            lookup     VARCHAR(200),
            created_at TIMESTAMP WITH TIME ZONE NOT NULL,
            document   CLOB NOT NULL,
            PRIMARY KEY (kind, owner, id)
        )""",
        "CREATE INDEX documents_in_order ON documents(kind, owner, seq DESC)",
        "CREATE INDEX documents_by_lookup ON documents(kind, lookup)",
    };

    /**
     * Indexes built once the demo data is in: H2 sorts the rows and builds the tree in one go. Kept up batch by
     * batch while 100,000 accounts went in, the trigram key (random order: every batch touches most of its pages)
     * made generation take 242 s instead of about 70 s, and the file 2.7 GB instead of about 1 GB.
     */
    private static final String[] AFTER_LOAD = {
        "ALTER TABLE account_search_grams ADD PRIMARY KEY (gram, account_id)",
    };

    private Schema() {
    }

    public static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        putMeta(c, "schema_version", Integer.toString(VERSION));
    }

    /** After {@link #create} and the demo data's bulk load, before anything else writes. */
    public static void indexAfterLoad(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : AFTER_LOAD) {
                s.execute(ddl);
            }
        }
    }

    public static void dropAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
    }

    public static Optional<String> meta(Connection c, String name) throws SQLException {
        if (!tableExists(c, "META")) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT val FROM meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void putMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO meta (name, val) KEY (name) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, "PUBLIC", table, new String[] {"TABLE", "BASE TABLE"})) {
            return rs.next();
        }
    }
}
