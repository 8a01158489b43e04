package io.accountsdesk.sandbox.screening.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Shape;

import java.time.LocalDate;
import java.util.List;

/**
 * The MATCH bodies' rules. The seed (lines 12726–12918) marks {@code merchant} and {@code search_criteria} (search)
 * and {@code merchant} and {@code termination} (terminate) as required objects and shows the rest only by example;
 * the rules below read what the examples can tell:
 * <ul>
 *   <li>{@code country} is shown as {@code "str"}: the docs renderer cuts "string" to a field's maxLength, so
 *       three characters, MATCH's ISO 3166 alpha-3 ({@code "NOR"} in {@code search_criteria.country}).</li>
 *   <li>{@code region} values are MATCH's region codes (the example's "1", "A", "D").</li>
 *   <li>{@code termination_reason} is the two-digit MATCH reason code (the changelog adds "enum for termination reason
 *       code"; see {@link MatchReason}); the agreement dates are dates ({@code "2013-12-31"}); {@code merchant_category}
 *       is a four-digit MCC ({@code "1234"}); {@code cat_flag} is MATCH's Y/N flag ({@code "Y"}).</li>
 *   <li>What a search cannot do without, as MATCH itself requires it: the merchant's {@code business_name} and its
 *       address (street line, city, country); a principal's first and last name.</li>
 *   <li>A terminated merchant is reported with one to five principals, as MATCH's add-merchant takes "up to five
 *       principal owners per merchant".</li>
 * </ul>
 * {@code search_all} is left a free string: the seed shows only "string", and the sandbox reads "Y" (any case) as
 * "search everywhere" and anything else as no. Unknown fields are accepted and ignored.
 */
final class MatchShapes {

    private MatchShapes() {
    }

    static Shape.StringShape text() {
        return Shape.string().minLength(1);
    }

    static final Shape COUNTRY = Shape.string().pattern("^[A-Za-z]{3}$",
            "must be a three-letter ISO 3166 alpha-3 country code, like NOR");

    static final Shape ADDRESS = Shape.object()
            .field("address_line", text(), true)
            .field("address_line_2", Shape.string().nullable())
            .field("city", text(), true)
            .field("postal_code", Shape.string().nullable())
            .field("country", COUNTRY, true);

    static final Shape PRINCIPAL = Shape.object()
            .field("first_name", text(), true)
            .field("last_name", text(), true)
            .field("address", ADDRESS)
            .field("email", Shape.string().email().nullable())
            .field("phone_number", Shape.string().nullable())
            .field("date_of_birth", Shape.string().date().nullable());

    static final Shape CRITERIA = Shape.object()
            .field("search_all", Shape.string().nullable())
            .field("region", Shape.array(Shape.string().oneOf("1", "A", "B", "C", "D", "E")))
            .field("country", Shape.array(COUNTRY));

    static final Shape SEARCH = Shape.object()
            .field("merchant", Shape.object()
                    .field("business_name", text(), true)
                    .field("trade_name", Shape.string().nullable())
                    .field("website_url", Shape.string().nullable())
                    .field("address", ADDRESS, true)
                    .field("principals", Shape.array(PRINCIPAL))
                    .field("phone_number", Shape.string().nullable()), true)
            .field("search_criteria", CRITERIA, true);

    static final Shape TERMINATE = Shape.object()
            .field("merchant", Shape.object()
                    .field("business_name", text(), true)
                    .field("trade_name", Shape.string().nullable())
                    .field("website_url", Shape.string().nullable())
                    .field("address", ADDRESS, true)
                    .field("principals", Shape.array(PRINCIPAL).minItems(1).maxItems(5), true)
                    .field("phone_number", Shape.string().nullable())
                    .field("merchant_id", Shape.string().nullable())
                    .field("merchant_category", Shape.string().pattern("^\\d{4}$",
                            "must be a four-digit merchant category code (MCC), like 5812").nullable())
                    .field("cat_flag", Shape.string().oneOf("Y", "N").nullable()), true)
            .field("termination", Shape.object()
                    .field("termination_reason", Shape.string().oneOf(MatchReason.codes()), true)
                    .field("agreement_start_date", Shape.string().date().nullable())
                    .field("agreement_termination_date", Shape.string().date().nullable())
                    .field("comment", Shape.string().nullable()), true);

    /** What the shape cannot say: an agreement cannot end before it started. */
    static List<FieldError> terminationDates(JsonNode body) {
        JsonNode termination = body.path("termination");
        String start = Json.text(termination, "agreement_start_date");
        String end = Json.text(termination, "agreement_termination_date");
        if (start == null || end == null) {
            return List.of();
        }
        try {
            if (LocalDate.parse(end).isBefore(LocalDate.parse(start))) {
                return List.of(FieldError.body("termination.agreement_termination_date",
                        "must not be before agreement_start_date (" + start + ")"));
            }
        } catch (RuntimeException e) {
            // A malformed date is already reported by the shape.
        }
        return List.of();
    }
}
