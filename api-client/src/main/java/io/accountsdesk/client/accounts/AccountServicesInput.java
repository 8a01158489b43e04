package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The services part of an account or settings update: which features the merchant asks for. The server keeps the
 * services' own state and timestamps, so only the features are sent.
 */
public record AccountServicesInput(
        @JsonProperty("checkout") CheckoutServiceInput checkout,
        @JsonProperty("payout") PayoutServiceInput payout) {

    /** Checkout features by payment product ({@code vipps}, {@code klarna}…). */
    public record CheckoutServiceInput(@JsonProperty("features") Map<String, ServiceFeatureInput> features) {
    }

    /** Payout features; see {@link PayoutFeatures} for why the seed allows two shapes. */
    public record PayoutServiceInput(@JsonProperty("features") PayoutFeaturesInput features) {
    }

    /**
     * The payout features as sent. The seed's account create/update example nests the features under
     * {@code features} next to the service's {@code status}, {@code progression} and {@code metadata}; the settings
     * update sends {@code split_payment} and {@code daily_payouts} directly. Set whichever the call expects.
     */
    public record PayoutFeaturesInput(
            @JsonProperty("status") String status,
            @JsonProperty("progression") String progression,
            @JsonProperty("metadata") Map<String, Object> metadata,
            @JsonProperty("features") Map<String, ServiceFeatureInput> features,
            @JsonProperty("split_payment") ServiceFeatureInput splitPayment,
            @JsonProperty("daily_payouts") ServiceFeatureInput dailyPayouts) {
    }

    /** A feature as asked for: {@code requested} ({@code enable}…), and the status where a partner may set it. */
    public record ServiceFeatureInput(
            @JsonProperty("requested") String requested,
            @JsonProperty("status") String status) {

        public static ServiceFeatureInput requested(String requested) {
            return new ServiceFeatureInput(requested, null);
        }
    }

    /** A request for checkout features only, each asked for with {@code requested}. */
    public static AccountServicesInput checkoutFeatures(Map<String, String> requestedByFeature) {
        Map<String, ServiceFeatureInput> features = new LinkedHashMap<>();
        requestedByFeature.forEach((name, requested) -> features.put(name, ServiceFeatureInput.requested(requested)));
        return new AccountServicesInput(new CheckoutServiceInput(features), null);
    }
}
