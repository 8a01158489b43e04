package io.accountsdesk.client.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A user to create and grant access to the account.
 *
 * @param email              required; the user's sign-in address
 * @param scope              scopes granted directly; each must be non-empty
 * @param authenticationType the seed allows only {@link AuthenticationType#EXTERNAL} here; leave it {@code null} for
 *                           a user who signs in with Dintero
 * @param roles              roles to grant; the caller's own authorization must include every scope a role grants
 */
public record NewAccountUser(
        @JsonProperty("email") String email,
        @JsonProperty("name") String name,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("authentication_type") AuthenticationType authenticationType,
        @JsonProperty("roles") List<UserRole.Ref> roles,
        @JsonProperty("agreement") Agreement agreement) {
}
