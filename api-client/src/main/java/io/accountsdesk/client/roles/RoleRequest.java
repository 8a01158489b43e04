package io.accountsdesk.client.roles;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of creating or updating a role (the two take the same fields).
 *
 * @param scope required, non-empty items
 */
public record RoleRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("scope") List<String> scope) {
}
