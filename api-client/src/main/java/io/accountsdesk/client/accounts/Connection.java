package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A payment connection (vipps, swish, klarna…) as it appears on an account. The fields every provider shares are
 * typed here. What differs per provider stays JSON: {@code configuration}, {@code signup} and the providers' signup
 * lists ({@code signups} for Klarna and Vipps PSP, {@code direct_signups} and {@code submerchant_signups} for
 * Bambora). Their typed shapes belong to the connection areas of the client, which own those providers' operations.
 * PayEx nests its card connection as {@code creditcard}, a connection of the same shape.
 */
public record Connection(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("events") List<ConnectionEvent> events,
        @JsonProperty("schema") Integer schema,
        @JsonProperty("configuration") JsonNode configuration,
        @JsonProperty("signup") JsonNode signup,
        @JsonProperty("creditcard") Connection creditcard,
        @JsonProperty("signups") List<JsonNode> signups,
        @JsonProperty("direct_signups") List<JsonNode> directSignups,
        @JsonProperty("submerchant_signups") List<JsonNode> submerchantSignups) implements ConnectionHistory {

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
