package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.demo.OrgNumbers;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.QueryParams;
import io.accountsdesk.sandbox.http.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The request rules of the approvals group, written from the seed (lines 10603-11020): required fields, lengths,
 * enums, exactly one bank account, ISO 3166-1 country codes. What a {@link Shape} cannot say (a country code that
 * exists, an organization number that passes its country's check digit) is checked here too, so one 400 names every
 * bad field.
 */
final class ApprovalRequests {

    /** The seed's {@code <uuid>} approval ids, strictly (UUID.fromString would accept "1-1-1-1-1"). */
    static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    static final List<String> PRODUCTS = List.of("payout", "checkout");
    static final List<String> ACTIONS = List.of("enable_payout_account", "enable_checkout_account", "create_payout_destination");
    static final String INCLUDE_CONTRACTS = "events.case.contracts";

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String COUNTRY_MESSAGE = "must be a two-letter ISO 3166-1 alpha-2 country code, like NO";
    private static final String CURRENCY = "^[A-Z]{3}$";
    private static final String CURRENCY_MESSAGE = "must be a three-letter ISO 4217 currency code, like NOK";

    /**
     * The seed's {@code ApprovalsBankAccount}. The seed's text lost which of its fields are required; Dintero's
     * reference page for the same operation sends all seven in its minimal request, so all seven are required here.
     * {@code bank_account_number_type} has no value list in the seed (the example says IBAN), so any text is accepted.
     */
    static final Shape BANK_ACCOUNT = Shape.object()
            .field("bank_name", Shape.string().minLength(1), true)
            .field("bank_account_number", Shape.string().minLength(1), true)
            .field("bank_account_number_type", Shape.string().minLength(1), true)
            .field("bank_account_country_code", country(), true)
            .field("bank_account_currency", Shape.string().pattern(CURRENCY, CURRENCY_MESSAGE), true)
            .field("payout_currency", Shape.string().pattern(CURRENCY, CURRENCY_MESSAGE), true)
            .field("bank_identification_code", Shape.string().pattern("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$",
                    "must be a BIC/SWIFT code of 8 or 11 characters, like DNBANOKKXXX"), true);

    /** "Currently the contract service only supports one bank_account per payout destination." ({@code = 1 items}) */
    static final Shape BANK_ACCOUNTS = Shape.array(BANK_ACCOUNT).minItems(1).maxItems(1);

    static final Shape FORM_SUBMITTER = Shape.object()
            .field("email", Shape.string().email())
            .field("name", Shape.string())
            .field("title", Shape.string());

    /** POST .../approvals/payments. The seed requires the arrays; an application for nothing is refused (min 1). */
    static final Shape NEW_PAYMENTS = Shape.object()
            .field("products", Shape.array(Shape.object().field("product", Shape.string().minLength(1), true)).minItems(1), true)
            .field("payment_methods", Shape.array(Shape.object()
                    .field("payment_method", Shape.string().minLength(1), true)).minItems(1), true)
            .field("country_code", country(), true)
            .field("organization_number", Shape.string().minLength(1), true)
            .field("bank_accounts", BANK_ACCOUNTS, true)
            .field("form_submitter", FORM_SUBMITTER);

    /** POST .../approvals/payout-destinations, with the seed's lengths. */
    static final Shape NEW_PAYOUT_DESTINATION = Shape.object()
            .field("payout_destination_id", Shape.string().minLength(1).maxLength(40), true)
            .field("payout_reference", Shape.string().minLength(1).maxLength(60), true)
            .field("country_code", country(), true)
            .field("organization_number", Shape.string().minLength(1), true)
            .field("bank_accounts", BANK_ACCOUNTS, true)
            .field("payout_destination_name", Shape.string().maxLength(60))
            .field("payout_destination_description", Shape.string().maxLength(1000))
            .field("payout_interval_type", Shape.string().oneOf("daily", "weekly", "monthly"))
            .field("form_submitter", FORM_SUBMITTER);

    /**
     * POST .../cdd/cases: {@code case_for}, {@code products} and {@code case_request} are required. The seed does
     * not say which fields inside {@code case_for} and {@code case_request} are required, so none is; their lengths
     * follow the matching fields of the payout-destination application, and {@code countryCode} must be a country.
     */
    static final Shape NEW_CDD_CASE = Shape.object()
            .field("package", Shape.string())
            .field("case_for", Shape.object()
                    .field("account_id", Shape.string().pattern("^[PT]\\d{8}$",
                            "must be an account id: P or T followed by 8 digits, like T12345678"))
                    .field("payout_destination_id", Shape.string().minLength(1).maxLength(40))
                    .field("payout_destination_name", Shape.string().maxLength(60))
                    .field("payout_destination_description", Shape.string().maxLength(1000))
                    .field("payout_reference", Shape.string().maxLength(60)), true)
            .field("actions_on_approval", Shape.array(Shape.string().oneOf(ACTIONS.toArray(String[]::new))).minItems(1))
            .field("products", Shape.array(Shape.string().oneOf(PRODUCTS.toArray(String[]::new))).minItems(1), true)
            .field("payment_options", Shape.array(Shape.object()
                    .field("type", Shape.string().minLength(1), true)
                    .field("currencies", Shape.array(Shape.string().pattern(CURRENCY, CURRENCY_MESSAGE)))))
            .field("case_request", Shape.object()
                    .field("checks", Shape.array(Shape.string().minLength(1)))
                    .field("countryCode", country())
                    .field("organizationNumber", Shape.string().minLength(1))
                    .field("requireContractSigning", Shape.bool())
                    .field("details", Shape.object())
                    .field("callbackUrl", Shape.string())
                    .field("referenceId", Shape.string()), true);

    private ApprovalRequests() {
    }

    private static Shape.StringShape country() {
        return Shape.string().pattern("^[A-Za-z]{2}$", COUNTRY_MESSAGE);
    }

    /** Checks an application for payments or a payout destination; 400 naming every bad field. */
    static void checkApplication(Shape shape, JsonNode body) {
        List<FieldError> errors = new ArrayList<>(shape.validate(body));
        if (body != null && body.isObject()) {
            countryExists(body.get("country_code"), "country_code", errors);
            orgNumber(body.get("country_code"), body.get("organization_number"), "organization_number", errors);
            JsonNode accounts = body.get("bank_accounts");
            if (accounts != null && accounts.isArray()) {
                for (int i = 0; i < accounts.size(); i++) {
                    countryExists(accounts.get(i).get("bank_account_country_code"),
                            "bank_accounts[" + i + "].bank_account_country_code", errors);
                }
            }
        }
        throwIfAny(errors);
    }

    static void checkCddCase(JsonNode body) {
        List<FieldError> errors = new ArrayList<>(NEW_CDD_CASE.validate(body));
        if (body != null && body.isObject() && body.path("case_request").isObject()) {
            JsonNode request = body.get("case_request");
            countryExists(request.get("countryCode"), "case_request.countryCode", errors);
            orgNumber(request.get("countryCode"), request.get("organizationNumber"), "case_request.organizationNumber", errors);
        }
        throwIfAny(errors);
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.validation(dedupe(errors));
        }
    }

    private static List<FieldError> dedupe(List<FieldError> errors) {
        List<FieldError> unique = new ArrayList<>();
        for (FieldError e : errors) {
            if (unique.stream().noneMatch(u -> u.field().equals(e.field()))) {
                unique.add(e);
            }
        }
        return unique;
    }

    /** A well-formed code (the shape checked the form) that names no country gets its own message. */
    private static void countryExists(JsonNode code, String field, List<FieldError> errors) {
        if (code != null && code.isTextual() && code.asText().matches("^[A-Za-z]{2}$")
                && !ISO_COUNTRIES.contains(code.asText().toUpperCase(Locale.ROOT))) {
            errors.add(FieldError.body(field, "'" + code.asText() + "' is not an ISO 3166-1 country; " + COUNTRY_MESSAGE));
        }
    }

    /**
     * "National organization number valid in the country specified": the sandbox knows the check digits of Norway,
     * Sweden, Denmark and Finland, and accepts any non-empty number for other countries.
     */
    private static void orgNumber(JsonNode country, JsonNode number, String field, List<FieldError> errors) {
        if (country == null || !country.isTextual() || number == null || !number.isTextual() || number.asText().isEmpty()) {
            return;
        }
        String code = country.asText().toUpperCase(Locale.ROOT);
        if (Set.of("NO", "SE", "DK", "FI").contains(code) && !OrgNumbers.isValid(code, number.asText())) {
            errors.add(FieldError.body(field, "'" + number.asText() + "' is not a valid organization number in " + code
                    + "; check the digits (" + switch (code) {
                        case "NO" -> "9 digits, like 923609016";
                        case "SE" -> "10 digits, like 556036-0793";
                        case "DK" -> "8 digits, like 61126228";
                        default -> "7 digits, a dash and a check digit, like 0112038-9";
                    } + ")"));
        }
    }

    /** {@code case_status} query values; an unknown one is a 400 naming the parameter. */
    static List<CaseStatus> statuses(QueryParams query, List<FieldError> errors) {
        List<CaseStatus> statuses = new ArrayList<>();
        for (String value : query.list("case_status")) {
            Optional<CaseStatus> status = CaseStatus.parse(value);
            if (status.isPresent()) {
                statuses.add(status.get());
            } else {
                errors.add(FieldError.query("case_status", "'" + value + "' is not a case status; use one of "
                        + String.join(", ", CaseStatus.VALUES)));
            }
        }
        return statuses;
    }

    /** Values of an enum query parameter; unknown ones are 400s naming the parameter. */
    static List<String> oneOf(QueryParams query, String name, List<String> allowed, List<FieldError> errors) {
        List<String> values = query.list(name);
        for (String value : values) {
            if (!allowed.contains(value)) {
                errors.add(FieldError.query(name, "'" + value + "' is not allowed; use one of " + String.join(", ", allowed)));
            }
        }
        return values;
    }

    /** The first value of a single-valued query parameter. */
    static Optional<String> single(QueryParams query, String name) {
        return query.all(name).stream().findFirst();
    }
}
