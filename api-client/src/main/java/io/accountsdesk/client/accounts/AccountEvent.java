package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * An entry in an account's event log. Comments ({@link AccountEventType#COMMENT}) carry a {@code body} and a
 * {@code visibility}; the seed's list example shows only the fields all events share.
 */
public record AccountEvent(
        @JsonProperty("event_type") AccountEventType eventType,
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("body") String body,
        @JsonProperty("visibility") EventVisibility visibility) {
}
