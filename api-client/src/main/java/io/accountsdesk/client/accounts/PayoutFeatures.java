package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payout service's {@code features}. The seed's account shows this object as a whole service (timestamps,
 * status, a nested {@code features} map) that <em>also</em> carries {@code split_payment} and {@code daily_payouts}
 * directly, while the settings update sends only the two features directly. Both shapes read into this record;
 * {@link #byName()} gives the features whichever way they came.
 */
public record PayoutFeatures(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("status") String status,
        @JsonProperty("progression") String progression,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("features") Map<String, ServiceFeature> features,
        @JsonProperty("split_payment") ServiceFeature splitPayment,
        @JsonProperty("daily_payouts") ServiceFeature dailyPayouts) {

    /** Feature name to feature: the direct fields first, then entries of the nested map not already given. */
    public Map<String, ServiceFeature> byName() {
        Map<String, ServiceFeature> result = new LinkedHashMap<>();
        if (splitPayment != null) {
            result.put("split_payment", splitPayment);
        }
        if (dailyPayouts != null) {
            result.put("daily_payouts", dailyPayouts);
        }
        if (features != null) {
            features.forEach((name, feature) -> {
                if (feature != null) {
                    result.putIfAbsent(name, feature);
                }
            });
        }
        return result;
    }
}
