package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/** The payout service. See {@link PayoutFeatures} for the odd shape of its {@code features}. */
public record PayoutService(
        @JsonProperty("features") PayoutFeatures features,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("status") String status,
        @JsonProperty("progression") String progression,
        @JsonProperty("metadata") Map<String, Object> metadata) implements AccountService {

    @Override
    public Map<String, ServiceFeature> featureStatuses() {
        return features == null ? Map.of() : features.byName();
    }
}
