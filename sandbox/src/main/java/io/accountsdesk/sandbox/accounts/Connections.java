package io.accountsdesk.sandbox.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The connection names and statuses the seed enumerates for the list filters. */
public final class Connections {

    /** Order as in the seed's enum. */
    public static final List<String> NAMES = List.of("instabank", "vipps", "payex", "collector", "swish", "bambora", "klarna");
    public static final List<String> STATUSES = List.of("pending", "enabled", "failed", "declined");

    private Connections() {
    }

    /**
     * The stored connection a filter value stands for. The seed's connection enum also lists
     * {@code payex.creditcard}: PayEx card acquiring lives inside the {@code payex} connection, so it is
     * filtered as {@code payex}.
     */
    public static Optional<String> canonical(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("payex.creditcard")) {
            return Optional.of("payex");
        }
        return NAMES.contains(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * The bits of an account's {@code connection_mask} and {@code status_mask} columns: one per name and status the
     * filters accept, so a filtered list checks the account row itself while it walks the ordering index instead of
     * probing another table per condition. Names outside {@link #NAMES} set no bit; no filter can ask for them.
     */
    public static int connectionBit(String name) {
        int index = NAMES.indexOf(name);
        return index < 0 ? 0 : 1 << index;
    }

    public static int statusBit(String status) {
        int index = STATUSES.indexOf(status);
        return index < 0 ? 0 : 1 << index;
    }

    public static Optional<String> status(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return STATUSES.contains(v) ? Optional.of(v) : Optional.empty();
    }
}
