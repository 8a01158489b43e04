package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the account publishes the keys that sign ID tokens of its external identity provider. The seed's example
 * shows only {@code name} (the rendering cut the object short); its changelog adds {@code jwks.uri}, so both are here.
 */
public record Jwks(
        @JsonProperty("name") String name,
        @JsonProperty("uri") String uri) {
}
