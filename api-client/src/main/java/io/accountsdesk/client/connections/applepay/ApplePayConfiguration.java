package io.accountsdesk.client.connections.applepay;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/** Apple Pay settings once a signup is complete. */
public record ApplePayConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("partnerInternalMerchantIdentifier") String partnerInternalMerchantIdentifier) {
}
