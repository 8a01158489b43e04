package io.accountsdesk.app.screening;

import java.util.List;

/**
 * One possible match as a card: who listed the merchant and when, why it was terminated, and the field-by-field
 * comparison with what was sent.
 *
 * @param listedBy   MATCH's {@code AddedByAcquirerID}, or VMSS's acquirer name and BID
 * @param reference  VMSS's {@code terminatedRefID}; {@code null} for MATCH, whose listings are found by the IRN
 * @param reason     the termination reason with its meaning ("04 Excessive Chargebacks"), an unknown code as sent
 * @param reasonCode the code alone, as the listing holds it
 */
record ScreeningCard(Register register, String name, String listedBy, String addedOn, String reasonCode,
                     String reason, String reference, String comments, List<ComparisonRow> rows) {

    ScreeningCard {
        rows = List.copyOf(rows);
    }

    long exact() {
        return rows.stream().filter(row -> row.match() == FieldMatch.EXACT).count();
    }

    long phonetic() {
        return rows.stream().filter(row -> row.match() == FieldMatch.PHONETIC).count();
    }

    long matched() {
        return exact() + phonetic();
    }
}
