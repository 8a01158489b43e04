package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A service feature the merchant asked for ({@code requested}, e.g. {@code enable}) and where that stands
 * ({@code status}). The seed types the timestamps here as plain strings, unlike the service's own, so they stay text.
 */
public record ServiceFeature(
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_by") String updatedBy,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("requested") String requested,
        @JsonProperty("status") String status) {
}
