package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.ConnectionEvent;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.accounts.ConnectionStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The Bambora connection. Unlike other providers it keeps three kinds of signup side by side, so it does not fit
 * {@link io.accountsdesk.client.connections.ConnectionDetails}; the fields they share ({@link ConnectionHistory}) mean
 * the same as there, and {@code events} is never {@code null}.
 *
 * @param signup             the old (deprecated) signup
 * @param directSignups      Bambora Direct signups
 * @param submerchantSignups Bambora PayFac signups
 */
public record BamboraConnection(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("events") List<ConnectionEvent> events,
        @JsonProperty("schema") Integer schema,
        @JsonProperty("configuration") BamboraConfiguration configuration,
        @JsonProperty("signup") BamboraSignup signup,
        @JsonProperty("direct_signups") List<BamboraDirectSignup> directSignups,
        @JsonProperty("submerchant_signups") List<BamboraPayFacSignup> submerchantSignups) implements ConnectionHistory {

    public BamboraConnection {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
