package io.accountsdesk.sandbox.accounts;

import java.time.Instant;
import java.util.List;

/**
 * An account as stored: the served JSON document plus the values the list filters and orders on, extracted
 * when the document was written so they never have to be parsed back out of it.
 */
public record AccountRecord(
        String accountId,
        String partnerId,
        Instant createdAt,
        String businessName,
        String displayName,
        String organizationNumber,
        String country,
        String accountManagerEmail,
        String progression,
        String document,
        List<ConnectionState> connections,
        List<String> paymentOptions) {

    public AccountRecord {
        connections = List.copyOf(connections);
        paymentOptions = List.copyOf(paymentOptions);
    }
}
