package io.accountsdesk.client;

import java.util.regex.Pattern;

/** The seed's patterns for the ids that appear in paths. Checked before a request leaves the machine. */
public final class AccountIds {

    /** An account or owner (partner) id: a letter, then 3 or 8 digits. {@code T} ids are test mode. */
    public static final Pattern OID = Pattern.compile("^[PT]{1}(?=(?:.{3}|.{8})$)[0-9]*$");
    /** A single account id. */
    public static final Pattern AID = Pattern.compile("^[PT]{1}\\d{8}$");
    /** A partner account id. */
    public static final Pattern PARTNER_ID = Pattern.compile("^[PT]{1}\\d{3}00000$");

    private AccountIds() {
    }

    public static boolean isPartnerId(String value) {
        return value != null && PARTNER_ID.matcher(value).matches();
    }

    /** Test-mode accounts start with {@code T}; production accounts with {@code P}. */
    public static boolean isTestMode(String id) {
        return id != null && id.startsWith("T");
    }
}
