package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;

/** The PayEx credentials one store uses instead of the connection's own. The token is masked in {@link #toString()}. */
public record PayExOverrideCredentials(
        @JsonProperty("payee_id") String payeeId,
        @JsonProperty("token") String token,
        @JsonProperty("subsite") String subsite) {

    @Override
    public String toString() {
        return Redacted.toString(this, "token");
    }
}
