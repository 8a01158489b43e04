package io.accountsdesk.client.connections.instabank;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;
import java.util.Map;

/**
 * Instabank's settings once a signup is complete.
 *
 * @param paymentProductCodes Instabank's product code per payment type, such as {@code instabank.invoice -> 632};
 *                            keyed by payment type, so a map
 */
public record InstabankConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("payment_product_codes") Map<String, String> paymentProductCodes,
        @JsonProperty("organization_number") String organizationNumber) {
}
