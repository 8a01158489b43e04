package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A price package: the products an account is charged for and at what prices.
 *
 * @param pricePackageId the partner's own id for the package (what accounts refer to), unlike {@code id}
 * @param creationState  whether the package is a custom one ({@code pristine} in the seed's example; the seed lists
 *                       no other values, so it stays a string)
 */
public record PricePackage(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("pricing_conditions") String pricingConditions,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("products") List<PricePackageProduct> products,
        @JsonProperty("price_package_id") String pricePackageId,
        @JsonProperty("creation_state") String creationState,
        @JsonProperty("type") PricePackageType type) {
}
