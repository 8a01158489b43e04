package io.accountsdesk.app.approvals;

import java.util.Locale;

/** What an approval case is: an application for payments, a seller (payout destination) or a due-diligence case. */
public enum CaseKind {
    PAYMENTS, SELLER, CDD;

    /** The kind's word in places, notes and CSV ({@code payments}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a place or a note names; {@code null} for an unknown word. */
    public static CaseKind of(String id) {
        for (CaseKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
