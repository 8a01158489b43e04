package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.QueryParams;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns the list's query string into an {@link AccountQuery}, collecting every bad field rather than the first. */
final class AccountQueryParser {

    record Result(AccountQuery query, List<FieldError> errors) {
    }

    private AccountQueryParser() {
    }

    static Result parse(QueryParams params) {
        List<FieldError> errors = new ArrayList<>();

        Optional<String> search = single(params, "search", errors).map(String::trim).filter(s -> !s.isEmpty());

        Set<String> connections = new LinkedHashSet<>();
        for (String value : params.list("connection")) {
            Connections.canonical(value).ifPresentOrElse(connections::add, () -> errors.add(FieldError.query("connection",
                    "unknown connection '" + value + "'; expected one of " + String.join(", ", Connections.NAMES)
                            + " (or payex.creditcard)")));
        }

        Set<String> statuses = new LinkedHashSet<>();
        for (String value : params.list("connection_status")) {
            Connections.status(value).ifPresentOrElse(statuses::add, () -> errors.add(FieldError.query("connection_status",
                    "unknown connection status '" + value + "'; expected one of " + String.join(", ", Connections.STATUSES))));
        }

        // Payment option types are open-ended in the seed (new ones appear with each provider), so any value is a
        // valid filter; an unknown one simply matches nothing.
        Set<String> paymentOptions = new LinkedHashSet<>(params.list("payment_option"));

        Set<String> managers = new LinkedHashSet<>();
        for (String value : params.list("account_manager")) {
            managers.add(value.toLowerCase(Locale.ROOT));
        }

        int limit = AccountQuery.DEFAULT_LIMIT;
        Optional<String> rawLimit = single(params, "limit", errors);
        if (rawLimit.isPresent()) {
            try {
                limit = Integer.parseInt(rawLimit.get().trim());
                if (limit < 1 || limit > AccountQuery.MAX_LIMIT) {
                    errors.add(FieldError.query("limit", "must be between 1 and " + AccountQuery.MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.query("limit", "must be an integer between 1 and " + AccountQuery.MAX_LIMIT));
            }
        }

        Optional<String> startingAfter = single(params, "starting_after", errors).map(String::trim).filter(s -> !s.isEmpty());
        if (startingAfter.isPresent() && !AccountIds.ACCOUNT.matcher(startingAfter.get()).matches()) {
            errors.add(FieldError.query("starting_after", "must be an account_id from a previous page (like T12345678)"));
            startingAfter = Optional.empty();
        }

        AccountQuery query = new AccountQuery(search, List.copyOf(connections), List.copyOf(statuses),
                List.copyOf(paymentOptions), List.copyOf(managers), limit, startingAfter);
        return new Result(query, errors);
    }

    private static Optional<String> single(QueryParams params, String name, List<FieldError> errors) {
        List<String> values = params.all(name);
        if (values.size() > 1) {
            errors.add(FieldError.query(name, "must be given at most once"));
            return Optional.empty();
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
