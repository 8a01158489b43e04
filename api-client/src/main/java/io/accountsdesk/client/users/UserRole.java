package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A role as it appears on an account user when roles are expanded.
 *
 * @param scope the scopes the role grants, for example {@code read:accounts}
 */
public record UserRole(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("scope") List<String> scope) {

    /** A role named by id only, the form a new or updated user refers to roles in. */
    public record Ref(@JsonProperty("id") String id) {
    }
}
