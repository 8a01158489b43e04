package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkout service. {@code features} is keyed by payment product ({@code vipps}, {@code klarna},
 * {@code billie}…): a map rather than fixed fields because products are added over time and each entry has the same
 * shape.
 */
public record CheckoutService(
        @JsonProperty("features") Map<String, ServiceFeature> features,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("status") String status,
        @JsonProperty("progression") String progression,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("gateways") CheckoutGateways gateways) implements AccountService {

    @Override
    public Map<String, ServiceFeature> featureStatuses() {
        Map<String, ServiceFeature> result = new LinkedHashMap<>();
        if (features != null) {
            features.forEach((name, feature) -> {
                if (feature != null) {
                    result.put(name, feature);
                }
            });
        }
        return result;
    }
}
