package io.accountsdesk.client.connections.swish;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/** Swish settings once a signup is complete. The certificate and key set by the callback are never reported back. */
public record SwishConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("swish_number") String swishNumber) {
}
