package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A client grant: which scopes a client may request for an audience, and with which grant type.
 *
 * @param audience not in the seed's response examples, but required when creating a grant and a filter of the list,
 *                 so a grant has one; {@code null} when the server leaves it out
 */
public record ClientGrant(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("audience") String audience,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("type") GrantType type,
        @JsonProperty("oidc") GrantOidc oidc) {
}
