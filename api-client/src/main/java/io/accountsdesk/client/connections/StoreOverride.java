package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Credentials that replace an existing connection's own for one store.
 *
 * @param storeId     the store the credentials apply to
 * @param credentials the provider's credentials for that store
 * @param <C>         the provider's override credentials record
 */
public record StoreOverride<C>(
        @JsonProperty("store_id") String storeId,
        @JsonProperty("credentials") C credentials) {
}
