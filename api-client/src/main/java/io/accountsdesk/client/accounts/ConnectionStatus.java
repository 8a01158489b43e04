package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A payment connection's status. An open set: a value the seed does not list is kept as sent, so a new server status
 * shows up as text instead of breaking the list.
 */
public record ConnectionStatus(String value) {

    public static final ConnectionStatus PENDING = new ConnectionStatus("pending");
    public static final ConnectionStatus ENABLED = new ConnectionStatus("enabled");
    public static final ConnectionStatus FAILED = new ConnectionStatus("failed");
    public static final ConnectionStatus DECLINED = new ConnectionStatus("declined");

    /** The statuses the seed names, in the order a filter offers them. */
    public static final List<ConnectionStatus> KNOWN = List.of(PENDING, ENABLED, FAILED, DECLINED);

    @JsonCreator
    public static ConnectionStatus of(String value) {
        return value == null ? null : new ConnectionStatus(value);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
