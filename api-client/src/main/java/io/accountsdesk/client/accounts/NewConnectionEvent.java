package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Objects;

/**
 * Sets a connection's status and records why, as an event in the connection's history.
 *
 * @param status      the connection's new status (required)
 * @param event       what happened, e.g. {@code signature_required} (required)
 * @param description a short text for people reading the history
 * @param metadata    up to 40 key/values kept with the event
 */
public record NewConnectionEvent(
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("event") String event,
        @JsonProperty("description") String description,
        @JsonProperty("metadata") Map<String, Object> metadata) {

    public static final int MAX_METADATA = 40;

    public NewConnectionEvent {
        Objects.requireNonNull(status, "status");
        if (event == null || event.isBlank()) {
            throw new IllegalArgumentException("event is required");
        }
        if (metadata != null && metadata.size() > MAX_METADATA) {
            throw new IllegalArgumentException("metadata may hold at most " + MAX_METADATA + " keys, had "
                    + metadata.size());
        }
    }

    public static NewConnectionEvent of(ConnectionStatus status, String event, String description) {
        return new NewConnectionEvent(status, event, description, null);
    }
}
