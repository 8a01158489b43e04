package io.accountsdesk.app.accounts;

import java.util.Arrays;
import java.util.Locale;

/** The tabs of an account's page, each also the {@code tab} parameter of the account's place. */
public enum AccountTab {
    OVERVIEW, DETAILS, SERVICES, CONNECTIONS, APPROVALS, SCREENING, EVENTS, LINK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tab a place names; an unknown or missing name opens the overview. */
    public static AccountTab of(String id) {
        return Arrays.stream(values()).filter(tab -> tab.id().equals(id)).findFirst().orElse(OVERVIEW);
    }
}
