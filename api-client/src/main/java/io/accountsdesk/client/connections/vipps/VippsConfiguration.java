package io.accountsdesk.client.connections.vipps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;

/**
 * Vipps settings once a signup is complete. The server reports these in snake_case, although the callback that sets
 * them uses Vipps' own names (see {@link VippsCallback}).
 *
 * @param createdTime as Vipps sends it, such as {@code 00:00:00} (a string in the seed)
 */
public record VippsConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("merchant_name") String merchantName,
        @JsonProperty("created_time") String createdTime,
        @JsonProperty("merchant_serial_number") String merchantSerialNumber,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("subscription_keys") List<SubscriptionKey> subscriptionKeys) {

    /** A Vipps API subscription key for one product. The key is masked in {@link #toString()}. */
    public record SubscriptionKey(
            @JsonProperty("product") String product,
            @JsonProperty("ocp_apim_subscription_key") String ocpApimSubscriptionKey) {

        @Override
        public String toString() {
            return Redacted.toString(this, "ocpApimSubscriptionKey");
        }
    }
}
