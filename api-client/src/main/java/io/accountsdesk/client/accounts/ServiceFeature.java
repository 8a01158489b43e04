package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service feature the merchant asked for ({@code requested}) and where that stands ({@code status}). */
public record ServiceFeature(
        @JsonProperty("requested") String requested,
        @JsonProperty("status") String status,
        @JsonProperty("updated_at") String updatedAt) {
}
