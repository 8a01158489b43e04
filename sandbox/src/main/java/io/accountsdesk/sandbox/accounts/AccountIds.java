package io.accountsdesk.sandbox.accounts;

import java.util.regex.Pattern;

/** The seed's account id patterns, and the short partner form it allows in {@code {oid}}. */
public final class AccountIds {

    /** {@code oid}: an account, or a partner in its 3-digit short form (T123 = T12300000). */
    public static final Pattern OWNER = Pattern.compile("^[PT](?=(?:.{3}|.{8})$)[0-9]*$");
    /** {@code aid}: a full account id; P = production, T = test mode. */
    public static final Pattern ACCOUNT = Pattern.compile("^[PT]\\d{8}$");
    /** {@code partner_id}: partners are the accounts whose last five digits are zero. */
    public static final Pattern PARTNER = Pattern.compile("^[PT]\\d{3}00000$");

    private AccountIds() {
    }

    /**
     * Whether an account (or partner) id is in production mode: P ids are live, T ids test mode. An account's
     * {@code livemode} follows its id, and a partner's sub-accounts share its letter.
     */
    public static boolean isLive(String id) {
        return id.startsWith("P");
    }

    /** The full 9-character id for an {@code oid}, expanding the short partner form. */
    public static String normalizeOwner(String oid) {
        if (!OWNER.matcher(oid).matches()) {
            throw new IllegalArgumentException("Not an account or owner id: " + oid);
        }
        return oid.length() == 4 ? oid + "00000" : oid;
    }
}
