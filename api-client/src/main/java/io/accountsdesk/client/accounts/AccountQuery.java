package io.accountsdesk.client.accounts;

import java.util.List;

/**
 * The filters of the account list. Lists combine as the seed says: an account must have all the given connections,
 * all the given connection statuses and all the given payment options, and any of the given account managers.
 */
public record AccountQuery(
        String search,
        List<String> connections,
        List<String> connectionStatuses,
        List<String> paymentOptions,
        List<String> accountManagers,
        int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public AccountQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        connections = List.copyOf(connections == null ? List.of() : connections);
        connectionStatuses = List.copyOf(connectionStatuses == null ? List.of() : connectionStatuses);
        paymentOptions = List.copyOf(paymentOptions == null ? List.of() : paymentOptions);
        accountManagers = List.copyOf(accountManagers == null ? List.of() : accountManagers);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static AccountQuery all() {
        return new AccountQuery(null, List.of(), List.of(), List.of(), List.of(), DEFAULT_LIMIT);
    }

    public AccountQuery withSearch(String value) {
        return new AccountQuery(value, connections, connectionStatuses, paymentOptions, accountManagers, limit);
    }

    public AccountQuery withConnections(List<String> values) {
        return new AccountQuery(search, values, connectionStatuses, paymentOptions, accountManagers, limit);
    }

    public AccountQuery withConnectionStatuses(List<String> values) {
        return new AccountQuery(search, connections, values, paymentOptions, accountManagers, limit);
    }

    public AccountQuery withPaymentOptions(List<String> values) {
        return new AccountQuery(search, connections, connectionStatuses, values, accountManagers, limit);
    }

    public AccountQuery withAccountManagers(List<String> values) {
        return new AccountQuery(search, connections, connectionStatuses, paymentOptions, values, limit);
    }

    public AccountQuery withLimit(int value) {
        return new AccountQuery(search, connections, connectionStatuses, paymentOptions, accountManagers, value);
    }
}
