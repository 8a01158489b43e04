package io.accountsdesk.client.roles;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** A named set of scopes that can be given to users. */
public record Role(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("scope") List<String> scope) {
}
