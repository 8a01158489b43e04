package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Changes to an account user; fields left {@code null} are not sent.
 *
 * @param roles roles the user should have; the caller's own authorization must include every scope a role grants
 */
public record AccountUserUpdate(
        @JsonProperty("name") String name,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("roles") List<UserRole.Ref> roles,
        @JsonProperty("agreement") Agreement agreement) {
}
