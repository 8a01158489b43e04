package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** One step in a connection's history, such as {@code signature_required}. */
public record ConnectionEvent(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("event") String event,
        @JsonProperty("description") String description) {
}
