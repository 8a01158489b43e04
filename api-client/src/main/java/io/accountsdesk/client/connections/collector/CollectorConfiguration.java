package io.accountsdesk.client.connections.collector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/**
 * Collector Bank's settings once a signup is complete. The password set by the callback is never reported back.
 *
 * @param username the Collector user the connection calls with
 * @param storeId  Collector's store id
 * @param country  the store's country
 */
public record CollectorConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("username") String username,
        @JsonProperty("store_id") Long storeId,
        @JsonProperty("country") String country) {
}
