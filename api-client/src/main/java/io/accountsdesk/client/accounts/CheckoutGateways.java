package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The checkout service's gateways. Fixed fields rather than a map because PayEx is not a gateway but a group of two
 * ({@link PayexGateways}).
 */
public record CheckoutGateways(
        @JsonProperty("santander") Gateway santander,
        @JsonProperty("collector") Gateway collector,
        @JsonProperty("instabank") Gateway instabank,
        @JsonProperty("vipps") Gateway vipps,
        @JsonProperty("swish") Gateway swish,
        @JsonProperty("bambora") Gateway bambora,
        @JsonProperty("payex") PayexGateways payex,
        @JsonProperty("klarna") Gateway klarna,
        @JsonProperty("dintero") Gateway dintero) {
}
