package io.accountsdesk.app.screening;

import java.util.Locale;

/** The card scheme register a screening asks. */
enum Register {
    MATCH, VMSS;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Register of(String id) {
        return id != null && id.equalsIgnoreCase("vmss") ? VMSS : MATCH;
    }
}
