package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * A payment connection's status. An open set: a value the seed does not list is kept as sent, so a new server status
 * shows up as text instead of breaking the list.
 */
public record ConnectionStatus(String value) implements OpenEnum {

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

    @Override
    public List<ConnectionStatus> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
