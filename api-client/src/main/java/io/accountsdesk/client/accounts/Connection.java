package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A payment connection (vipps, swish, klarna…). The fields every provider shares are typed; the provider-specific
 * {@code configuration} and {@code signup} stay JSON until a screen needs them typed.
 */
public record Connection(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("events") List<ConnectionEvent> events,
        @JsonProperty("configuration") JsonNode configuration,
        @JsonProperty("signup") JsonNode signup) {

    public Connection {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The payment option types this connection has configured ({@code swish.swish}, {@code vipps}…). */
    public List<String> paymentOptionTypes() {
        if (configuration == null || !configuration.path("payment_options").isArray()) {
            return List.of();
        }
        return configuration.path("payment_options").findValuesAsText("type");
    }
}
