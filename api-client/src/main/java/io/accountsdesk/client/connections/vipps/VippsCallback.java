package io.accountsdesk.client.connections.vipps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.List;

/**
 * What Vipps reports to complete a signup and enable Vipps for Checkout. The names are Vipps' own ({@code signup-id},
 * {@code merchant-name}, {@code createdTime}, {@code client_Id}…), not snake_case, so each is mapped explicitly. The
 * client secret and subscription keys are masked in {@link #toString()}.
 */
public record VippsCallback(
        @JsonProperty("signup-id") String signupId,
        @JsonProperty("orgnumber") String orgNumber,
        @JsonProperty("merchant-name") String merchantName,
        @JsonProperty("createdTime") String createdTime,
        @JsonProperty("merchantSerialNumber") String merchantSerialNumber,
        @JsonProperty("client_Id") String clientId,
        @JsonProperty("client_Secret") String clientSecret,
        @JsonProperty("subscriptionKeys") List<SubscriptionKey> subscriptionKeys) {

    @Override
    public String toString() {
        return Redacted.toString(this, "clientSecret");
    }

    /** A Vipps API subscription key for one product. The key is masked in {@link #toString()}. */
    public record SubscriptionKey(
            @JsonProperty("product") String product,
            @JsonProperty("ocp-apim-subscription-key") String ocpApimSubscriptionKey) {

        @Override
        public String toString() {
            return Redacted.toString(this, "ocpApimSubscriptionKey");
        }
    }
}
