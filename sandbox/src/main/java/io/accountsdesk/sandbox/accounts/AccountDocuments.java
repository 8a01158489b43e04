package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How an account document is made from a request and changed by one, in the same field order as the demo
 * generator's documents and the seed's examples, so created and generated accounts look alike.
 */
public final class AccountDocuments {

    /** What a partner may set on create and update (seed lines 1789 and 4892); anything else is the server's. */
    static final List<String> PARTNER_FIELDS = List.of("applicant", "company", "billing", "subscription", "livemode",
            "language_code", "progression", "reseller_id", "account_manager", "permissions", "sale_channel",
            "price_package", "statistics", "services");

    /** The keys of the seed's settings response (lines 6343 and 7230), in its order: the account's own view. */
    public static final List<String> SETTINGS_FIELDS = List.of("id", "created_at", "created_by", "updated_at",
            "deleted_by", "deleted_at", "jwks", "payment_case_status", "projected_sales", "average_transaction_value",
            "merchant_category_code", "delivery_timeline", "most_expensive_product_price",
            "gift_card_revenue_percentage", "credit_rating", "prev_credit_rating", "currency", "applicant", "company",
            "billing", "subscription", "account_id", "partner_id", "livemode", "active", "language_code",
            "connections", "services");

    /** The approval states the account counts (same list as the demo generator's). */
    static final List<String> CASE_STATUSES = List.of("ACTIVE", "DECLINED", "UNDER_MANUAL_REVIEW", "AUTOMATIC_REVIEW",
            "WAITING_FOR_SIGNATURE", "WAITING_FOR_DECLARATION", "WAITING_FOR_DETAILS", "ERROR", "ARCHIVED");

    private static final Map<String, String> CURRENCIES = Map.of("NO", "NOK", "SE", "SEK", "DK", "DKK", "FI", "EUR",
            "GB", "GBP", "US", "USD", "CH", "CHF", "PL", "PLN", "IS", "ISK");
    private static final Map<String, String> LANGUAGES = Map.of("NO", "nb", "SE", "sv", "DK", "da", "FI", "fi");
    /** Applicant fields that only make sense while signing up; an account never keeps them (as the demo data). */
    private static final Set<String> SIGNUP_ONLY = Set.of("recaptcha_sitekey", "recaptcha_response");

    private AccountDocuments() {
    }

    /**
     * A new account from a validated create (or signup) body.
     *
     * @param pricePackage the package to set, already checked to exist, or {@code null}
     */
    public static ObjectNode newAccount(JsonNode body, String accountId, String partnerId, String createdBy,
                                        Instant createdAt, String pricePackage) {
        String country = body.path("company").path("address").path("country").asText(null);
        JsonNode company = body.path("company");
        ObjectNode doc = Json.object();
        doc.put("id", UUID.randomUUID().toString());
        doc.put("created_at", createdAt.toString());
        doc.put("created_by", createdBy);
        doc.put("updated_at", createdAt.toString());
        doc.putNull("deleted_by");
        doc.putNull("deleted_at");
        doc.putNull("jwks");
        // Nothing applied for yet: no payment case, no credit check, no sales history.
        doc.putNull("payment_case_status");
        text(doc, "projected_sales", company.get("projected_sales"));
        text(doc, "average_transaction_value", company.get("average_transaction_value"));
        text(doc, "merchant_category_code", company.get("merchant_category_code"));
        doc.putNull("delivery_timeline");
        text(doc, "most_expensive_product_price", company.get("most_expensive_product_price"));
        doc.putNull("gift_card_revenue_percentage");
        doc.putNull("credit_rating");
        doc.putNull("prev_credit_rating");
        if (country != null && CURRENCIES.containsKey(country)) {
            doc.put("currency", CURRENCIES.get(country));
        } else {
            doc.putNull("currency");
        }
        doc.set("applicant", applicant(body.get("applicant"), null, createdAt));
        doc.set("company", copy(body.get("company")));
        doc.set("billing", copy(body.get("billing")));
        doc.set("subscription", body.hasNonNull("subscription") ? copy(body.get("subscription")) : defaultSubscription());
        doc.put("account_id", accountId);
        doc.put("partner_id", partnerId);
        // The account's mode is its id's: AccountWriteRoutes refuses a body whose livemode says otherwise.
        doc.put("livemode", AccountIds.isLive(accountId));
        doc.put("active", false);
        String language = body.path("language_code").asText(null);
        doc.put("language_code", language != null ? language
                : country != null && LANGUAGES.containsKey(country) ? LANGUAGES.get(country) : "en");
        doc.put("progression", body.path("progression").asText("applied"));
        nullable(doc, "reseller_id", body.get("reseller_id"));
        nullable(doc, "account_manager", body.get("account_manager"));
        doc.set("permissions", body.hasNonNull("permissions") ? copy(body.get("permissions")) : Json.MAPPER.createArrayNode());
        nullable(doc, "sale_channel", body.get("sale_channel"));
        if (pricePackage != null) {
            doc.put("price_package", pricePackage);
        } else {
            doc.putNull("price_package");
        }
        ObjectNode statistics = body.hasNonNull("statistics") ? copy(body.get("statistics")) : Json.object();
        if (!statistics.has("checkout_captures")) {
            statistics.putArray("checkout_captures");
        }
        if (!statistics.has("metrics")) {
            statistics.putObject("metrics");
        }
        doc.set("statistics", statistics);
        doc.set("services", body.hasNonNull("services") ? copy(body.get("services")) : Json.object());
        doc.putObject("connections");
        ObjectNode payments = doc.putObject("approvals_payments_statuses");
        ObjectNode payouts = doc.putObject("approvals_payout_destinations_statuses");
        CASE_STATUSES.forEach(s -> {
            payments.put(s, 0);
            payouts.put(s, 0);
        });
        return doc;
    }

    private static ObjectNode defaultSubscription() {
        ObjectNode s = Json.object();
        s.put("interval", "month");
        s.put("plan", "transaction_fee");
        s.put("support", "office_hours");
        s.putObject("metadata");
        return s;
    }

    /**
     * The applicant as an account stores it: the captcha fields dropped (nulled), and the agreement's
     * {@code accepted_at} set by the server the first time an agreement is given (the seed shows it only in
     * responses).
     */
    static ObjectNode applicant(JsonNode given, JsonNode stored, Instant now) {
        ObjectNode applicant = stored != null && stored.isObject() ? ((ObjectNode) stored).deepCopy() : Json.object();
        given.fields().forEachRemaining(e -> {
            if (!SIGNUP_ONLY.contains(e.getKey())) {
                applicant.set(e.getKey(), e.getKey().equals("agreement") && e.getValue().isObject()
                        && applicant.path("agreement").isObject()
                        ? merge((ObjectNode) applicant.get("agreement"), e.getValue())
                        : e.getValue().deepCopy());
            }
        });
        SIGNUP_ONLY.forEach(applicant::putNull);
        if (applicant.path("agreement").isObject() && !applicant.path("agreement").hasNonNull("accepted_at")) {
            ((ObjectNode) applicant.get("agreement")).put("accepted_at", now.toString());
        }
        return applicant;
    }

    /**
     * Applies an update body: top-level fields that are absent stay as they were (the seed's PUT makes only
     * {@code applicant}, {@code company} and {@code billing} required), objects merge field by field, {@code null}
     * clears, arrays and values replace.
     */
    static void applyUpdate(ObjectNode doc, JsonNode body, Instant now) {
        for (String field : PARTNER_FIELDS) {
            JsonNode value = body.get(field);
            // livemode follows the account id: a matching value changes nothing, and null must not clear it.
            if (value == null || field.equals("livemode")) {
                continue;
            }
            if (field.equals("applicant")) {
                doc.set("applicant", applicant(value, doc.get("applicant"), now));
            } else if (value.isObject() && doc.path(field).isObject()) {
                doc.set(field, merge(((ObjectNode) doc.get(field)).deepCopy(), value));
            } else {
                doc.set(field, value.deepCopy());
            }
        }
        if (body.has("active")) {
            doc.put("active", body.get("active").asBoolean());
        }
        doc.put("updated_at", now.toString());
    }

    /** Deep merge: objects field by field, everything else (arrays, values, null) replaces. */
    public static ObjectNode merge(ObjectNode target, JsonNode changes) {
        changes.fields().forEachRemaining(e -> {
            JsonNode current = target.get(e.getKey());
            if (e.getValue().isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return target;
    }

    /** The account as the account itself sees it: without what only its partner manages. */
    public static ObjectNode settingsView(JsonNode account) {
        ObjectNode view = Json.object();
        for (String field : SETTINGS_FIELDS) {
            JsonNode value = account.get(field);
            view.set(field, value == null ? Json.MAPPER.nullNode() : value.deepCopy());
        }
        return view;
    }

    private static ObjectNode copy(JsonNode node) {
        return node != null && node.isObject() ? ((ObjectNode) node).deepCopy() : Json.object();
    }

    private static void text(ObjectNode doc, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            doc.putNull(field);
        } else {
            doc.put(field, value.asText());
        }
    }

    private static void nullable(ObjectNode doc, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            doc.putNull(field);
        } else {
            doc.set(field, value.deepCopy());
        }
    }
}
