package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An API client (an application that signs in with a client id and secret).
 *
 * @param clientSecret only in the answers to creating a client and rotating its secret: the one time the secret is
 *                     shown. {@code null} everywhere else
 */
public record Client(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("callbacks") List<String> callbacks,
        @JsonProperty("client_secret") String clientSecret) {

    /** Whether this answer carries the secret, which the user must copy now. */
    public boolean revealsSecret() {
        return clientSecret != null && !clientSecret.isEmpty();
    }

    @Override
    public String toString() {
        return "Client[id=" + id + ", name=" + name + ", clientId=" + clientId + ", createdAt=" + createdAt
                + ", deletedAt=" + deletedAt + ", clientSecret=" + (revealsSecret() ? "<redacted>" : "null") + "]";
    }
}
