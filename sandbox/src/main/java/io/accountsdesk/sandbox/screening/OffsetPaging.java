package io.accountsdesk.sandbox.screening;

import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.QueryParams;

import java.util.ArrayList;
import java.util.List;

/**
 * MATCH's paging, which differs from every other list of the API: {@code starting_after} is a zero-based integer
 * offset (default 0) and {@code limit} is 1–100 with a default of 20 (seed lines 12726 and 12918).
 */
public record OffsetPaging(int startingAfter, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The paging asked for, with any bad parameter added to {@code errors}. */
    public static OffsetPaging parse(QueryParams query, List<FieldError> errors) {
        Integer limit = integer(query, "limit", 1, MAX_LIMIT,
                "must be a whole number from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")", errors);
        Integer offset = integer(query, "starting_after", 0, Integer.MAX_VALUE,
                "must be a whole number, 0 or more: the zero-based offset of the first match to return", errors);
        return new OffsetPaging(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    private static Integer integer(QueryParams query, String name, int min, int max, String message,
                                   List<FieldError> errors) {
        if (!query.has(name)) {
            return null;
        }
        List<String> values = query.all(name);
        String raw = values.get(values.size() - 1).trim();
        try {
            long value = Long.parseLong(raw);
            if (values.size() == 1 && value >= min && value <= max) {
                return (int) value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FieldError.query(name, values.size() > 1 ? "must be given once" : message + "; got '" + raw + "'"));
        return null;
    }

    /** The items of this page. */
    public <T> List<T> page(List<T> all) {
        if (startingAfter >= all.size()) {
            return List.of();
        }
        return new ArrayList<>(all.subList(startingAfter, Math.min(all.size(), startingAfter + limit)));
    }
}
