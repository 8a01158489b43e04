package io.accountsdesk.sandbox.accounts;

import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.QueryParams;
import java.util.List;
import java.util.Optional;

/**
 * The seed's list parameters as the event and price-package lists take them: {@code limit} (1-100, default 10) and
 * single-valued strings such as {@code starting_after}. Problems are collected, not thrown, so one 400 names them all.
 */
public final class ListParams {

    public static final int DEFAULT_LIMIT = 10;

    private ListParams() {
    }

    public static int limit(QueryParams query, List<FieldError> errors) {
        Optional<String> raw = single(query, "limit", errors);
        if (raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.get().trim());
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.query("limit", "must be a whole number from 1 to 100"));
        return DEFAULT_LIMIT;
    }

    /** The one value of {@code name}; given twice is an error, as the seed declares these as single strings. */
    public static Optional<String> single(QueryParams query, String name, List<FieldError> errors) {
        List<String> values = query.all(name);
        if (values.size() > 1) {
            errors.add(FieldError.query(name, "must be given once, not " + values.size() + " times"));
            return Optional.empty();
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }
}
