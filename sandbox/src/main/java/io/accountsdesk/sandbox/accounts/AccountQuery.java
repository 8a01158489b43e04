package io.accountsdesk.sandbox.accounts;

import java.util.List;
import java.util.Optional;

/** A validated list request. Every list is already de-duplicated and normalised (lower case where it matters). */
public record AccountQuery(
        Optional<String> search,
        List<String> connections,
        List<String> connectionStatuses,
        List<String> paymentOptions,
        List<String> accountManagers,
        int limit,
        Optional<String> startingAfter) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public AccountQuery {
        connections = List.copyOf(connections);
        connectionStatuses = List.copyOf(connectionStatuses);
        paymentOptions = List.copyOf(paymentOptions);
        accountManagers = List.copyOf(accountManagers);
    }
}
