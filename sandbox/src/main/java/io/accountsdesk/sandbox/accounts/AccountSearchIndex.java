package io.accountsdesk.sandbox.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A trigram index of the text the account list's {@code search} looks at (account id, business name, display name,
 * organisation-number digits), so a search that finds little starts from the few accounts that could match instead
 * of reading all of them.
 * <p>
 * It only narrows. The list still applies its exact {@code ILIKE} conditions to every candidate, so a search returns
 * what the plain scan returns as long as the index never leaves out an account that matches. That holds because a
 * substring's trigrams are trigrams of the text around it once both are {@link #fold folded} the way H2 compares
 * them. Searches the index cannot serve (shorter than a trigram) and searches whose every trigram is common (a page
 * of matches turns up soon on the ordered walk) go the old way.
 */
final class AccountSearchIndex {

    static final int GRAM = 3;

    /**
     * Above this many accounts holding even the search's rarest trigram, the list walks its order instead. Checking
     * a candidate by key costs about ten times what checking the next row of the walk does (measured at 100,000
     * accounts: 2,900 candidates 26-40 ms, the walk to a page of 2 % matches 9 ms), so beyond a thousand the walk
     * wins unless the matches are much rarer than the trigram.
     */
    static final int MAX_CANDIDATES = 1_000;

    private AccountSearchIndex() {
    }

    /**
     * H2's ILIKE compares one char at a time and treats two chars as equal when their upper cases are, or the
     * lower cases of those (it uses {@code String.regionMatches(true, …)}, or for some patterns upper or plain
     * lower case). Lower-casing the upper case maps every pair it treats as equal to the same char (checked for
     * every char by {@code AccountSearchIndexTest}), so folded text never misses a match; it may find a few extra
     * candidates, which the ILIKE then drops.
     */
    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    /** The distinct folded trigrams of the given texts (nulls skipped), each text on its own: none spans two. */
    static Set<String> grams(String... texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                String folded = fold(text);
                for (int i = 0; i + GRAM <= folded.length(); i++) {
                    grams.add(folded.substring(i, i + GRAM));
                }
            }
        }
        return grams;
    }

    /** What an account is found by: the columns {@link AccountRepository#list} matches a search against. */
    static Set<String> gramsOf(String accountId, String businessName, String displayName, String organizationDigits) {
        return grams(accountId, businessName, displayName, organizationDigits);
    }

    /** Adds the trigrams of a batch of new accounts, in the caller's transaction (one JDBC batch). */
    static void add(Connection c, List<AccountRecord> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO account_search_grams (gram, account_id) VALUES (?, ?)")) {
            for (AccountRecord a : batch) {
                for (String gram : gramsOf(a.accountId(), a.businessName(), a.displayName(),
                        AccountRepository.organizationDigits(a.organizationNumber()))) {
                    ps.setString(1, gram);
                    ps.setString(2, a.accountId());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Removes an account's trigrams before its row goes: they are worked out again from the stored columns and
     * deleted by primary key, which spares the table a second index on account_id.
     */
    static void remove(Connection c, String partnerId, String accountId) throws SQLException {
        Set<String> grams;
        try (PreparedStatement ps = c.prepareStatement("SELECT business_name, display_name, organization_digits"
                + " FROM accounts WHERE partner_id = ? AND account_id = ?")) {
            ps.setString(1, partnerId);
            ps.setString(2, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                grams = gramsOf(accountId, rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM account_search_grams WHERE gram = ? AND account_id = ?")) {
            for (String gram : grams) {
                ps.setString(1, gram);
                ps.setString(2, accountId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * How to narrow a search: empty when the index cannot help (the list then walks every row in order, as it
     * always did); otherwise the trigrams whose accounts are the only candidates, one per way the search can
     * match (the text itself, and its digits against the organisation number). An empty list means no account can
     * match.
     *
     * @param texts the search as matched against the names and id, and (if not empty) its digits
     */
    static Optional<List<String>> candidateGrams(Connection c, List<String> texts) throws SQLException {
        List<String> drivers = new ArrayList<>();
        for (String text : texts) {
            // Shorter than a trigram: nothing to look up. A surrogate pair: Java compares those as whole code
            // points, which per-char folding does not model, so leave such (rare) searches to the scan.
            if (text.length() < GRAM || text.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                return Optional.empty();
            }
            String rarest = null;
            int fewest = Integer.MAX_VALUE;
            for (String gram : grams(text)) {
                int n = countUpTo(c, gram, MAX_CANDIDATES + 1);
                if (n < fewest) {
                    rarest = gram;
                    fewest = n;
                }
                if (n == 0) {
                    break; // no account has this trigram, so none matches this way
                }
            }
            if (fewest > MAX_CANDIDATES) {
                return Optional.empty();
            }
            if (fewest > 0) {
                drivers.add(rarest);
            }
        }
        return Optional.of(drivers);
    }

    /** How many accounts hold {@code gram}, counting no further than {@code cap} so a common one costs little. */
    private static int countUpTo(Connection c, String gram, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM account_search_grams WHERE gram = ? LIMIT ?)")) {
            ps.setString(1, gram);
            ps.setInt(2, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
