package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user with access to an account, as the account's user management returns it.
 *
 * @param id                 the user id ({@code uid} in the user's own paths)
 * @param scope              what the user may do directly, for example {@code receipts:write}
 * @param authenticationType {@code external} for users who sign in through an outside identity provider
 * @param roles              the user's roles; only filled when the call asked to expand roles
 * @param configuration      the user's second-factor settings
 */
public record AccountUser(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("email") String email,
        @JsonProperty("name") String name,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("authentication_type") AuthenticationType authenticationType,
        @JsonProperty("agreement") Agreement agreement,
        @JsonProperty("roles") List<UserRole> roles,
        @JsonProperty("last_seen_at") OffsetDateTime lastSeenAt,
        @JsonProperty("configuration") MfaStatus.Configuration configuration) {

    /** Whether the user has been removed from the account. */
    public boolean deleted() {
        return deletedAt != null;
    }
}
