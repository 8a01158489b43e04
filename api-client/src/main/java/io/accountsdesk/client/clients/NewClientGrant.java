package io.accountsdesk.client.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of creating a client grant.
 *
 * @param clientId required
 * @param audience required by the seed's table, although its example leaves it out
 * @param scope    required, non-empty items
 * @param type     limits the grant to one grant type; the server defaults to {@code any}
 * @param oidc     OpenID Connect configuration; the type must then be {@code authorization_code}
 */
public record NewClientGrant(
        @JsonProperty("client_id") String clientId,
        @JsonProperty("audience") String audience,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("type") GrantType type,
        @JsonProperty("oidc") GrantOidc oidc) {
}
