package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One step in a connection's history, such as {@code signature_required}. The seed's examples end in a dangling
 * comma where {@code metadata} was cut; its parameters list {@code metadata} (at most 40 key/values).
 */
public record ConnectionEvent(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("status") ConnectionStatus status,
        @JsonProperty("event") String event,
        @JsonProperty("description") String description,
        @JsonProperty("metadata") Map<String, Object> metadata) {
}
