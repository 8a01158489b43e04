package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;

/** A service without features of its own: customers, discounts, shopping, receipts, wallets. */
public record StandardService(
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("status") String status,
        @JsonProperty("progression") String progression,
        @JsonProperty("metadata") Map<String, Object> metadata) implements AccountService {

    @Override
    public Map<String, ServiceFeature> featureStatuses() {
        return Map.of();
    }
}
