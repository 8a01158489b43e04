package io.accountsdesk.client.connections.santander;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;

/**
 * The Santander credentials one store uses instead of the connection's own. The store token is masked in
 * {@link #toString()}.
 */
public record SantanderOverrideCredentials(
        @JsonProperty("store_email") String storeEmail,
        @JsonProperty("store_token") String storeToken) {

    @Override
    public String toString() {
        return Redacted.toString(this, "storeToken");
    }
}
