package io.accountsdesk.client.accounts;

import java.util.List;

/** The filters of an account's event list: event types (any of them) and the page size. */
public record AccountEventQuery(List<AccountEventType> types, int limit) {

    public AccountEventQuery {
        types = List.copyOf(types == null ? List.of() : types);
        if (limit < 1 || limit > AccountQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + AccountQuery.MAX_LIMIT + ", was "
                    + limit);
        }
    }

    public static AccountEventQuery all() {
        return new AccountEventQuery(List.of(), AccountQuery.DEFAULT_LIMIT);
    }

    public AccountEventQuery withTypes(List<AccountEventType> values) {
        return new AccountEventQuery(values, limit);
    }

    public AccountEventQuery withLimit(int value) {
        return new AccountEventQuery(types, value);
    }

    List<String> typeValues() {
        return types.stream().map(AccountEventType::value).toList();
    }
}
