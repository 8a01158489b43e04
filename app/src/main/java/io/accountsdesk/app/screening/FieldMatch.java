package io.accountsdesk.app.screening;

import io.accountsdesk.client.screening.match.MatchIndicator;
import io.accountsdesk.client.screening.vmss.VmssMatchIndicator;
import java.util.Locale;

/**
 * How one field of a listing compares with what was sent, in one vocabulary for both registers. MATCH says
 * {@code M01}/{@code M02}/{@code M00}; VMSS's seed only shows {@code N}, and the sandbox answers {@code Y} and
 * {@code P} for exact and partial. Anything else is {@link #OTHER} and shown with its raw code.
 */
enum FieldMatch {
    EXACT, PHONETIC, NONE, OTHER;

    static FieldMatch of(MatchIndicator indicator) {
        if (indicator == null || indicator.value() == null) {
            return NONE;
        }
        return switch (indicator.value().strip().toUpperCase(Locale.ROOT)) {
            case "M01" -> EXACT;
            case "M02" -> PHONETIC;
            case "M00", "" -> NONE;
            default -> OTHER;
        };
    }

    static FieldMatch of(VmssMatchIndicator indicator) {
        if (indicator == null || indicator.value() == null) {
            return NONE;
        }
        return switch (indicator.value().strip().toUpperCase(Locale.ROOT)) {
            case "Y", "E" -> EXACT;
            case "P", "C" -> PHONETIC;
            case "N", "" -> NONE;
            default -> OTHER;
        };
    }

    boolean isMatch() {
        return this == EXACT || this == PHONETIC;
    }

    /** The key of its word in the bundles ({@code screening.match.exact}). */
    String key() {
        return "screening.match." + name().toLowerCase(Locale.ROOT);
    }
}
