package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/**
 * PayEx settings once a signup is complete. The token set by the callback is never reported back.
 *
 * @param payeeId the merchant's PayEx payee
 * @param subsite the PayEx subsite payments are split-settled to
 */
public record PayExConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("payee_id") String payeeId,
        @JsonProperty("subsite") String subsite) {
}
