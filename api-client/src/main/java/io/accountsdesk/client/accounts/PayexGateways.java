package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** PayEx's two checkout gateways. */
public record PayexGateways(
        @JsonProperty("creditcard") Gateway creditcard,
        @JsonProperty("swish") Gateway swish) {
}
