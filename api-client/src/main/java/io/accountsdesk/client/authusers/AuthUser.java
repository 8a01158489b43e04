package io.accountsdesk.client.authusers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** A username/password user of an account, as the server returns it (never with the password). */
public record AuthUser(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("username") String username,
        @JsonProperty("links") List<AuthUserLink> links,
        @JsonProperty("mfa") AuthUserMfa mfa) {
}
