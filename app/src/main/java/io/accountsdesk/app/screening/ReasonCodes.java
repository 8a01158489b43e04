package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import java.util.List;

/**
 * MATCH's termination reason codes and what each means (Mastercard Security Rules and Procedures, "MATCH Reason
 * Codes"). The seed lists none; its changelog only mentions an enum. Codes 20, 21 and 24 are Mastercard's own and 06
 * is reserved, so an acquirer reports one of {@link #REPORTABLE}. A listing may still carry any code, so an unknown
 * one is shown as sent, never hidden.
 */
final class ReasonCodes {

    /** The codes an acquirer may report, in MATCH's order. */
    static final List<String> REPORTABLE = List.of("00", "01", "02", "03", "04", "05", "07", "08", "09", "10", "11",
            "12", "13", "14");

    /** Codes a listing may carry that the acquirer does not report itself (assigned by Mastercard). */
    private static final List<String> MASTERCARD_ASSIGNED = List.of("20", "21", "24");

    private ReasonCodes() {
    }

    static boolean known(String code) {
        return code != null && (REPORTABLE.contains(code.strip()) || MASTERCARD_ASSIGNED.contains(code.strip()));
    }

    /** "04 Excessive Chargebacks", or the code as sent with a note that it is not one MATCH publishes. */
    static String label(String code, Messages messages) {
        if (code == null || code.isBlank()) {
            return messages.get("screening.reason.none");
        }
        String trimmed = code.strip();
        return known(trimmed)
                ? trimmed + " " + messages.get("screening.reason." + trimmed)
                : messages.format("screening.reason.unknown", trimmed);
    }
}
