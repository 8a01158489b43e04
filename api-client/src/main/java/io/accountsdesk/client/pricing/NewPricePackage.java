package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A price package to create, either on its own ({@code POST .../price-packages}, where the seed requires
 * {@code name}, {@code description}, {@code products} and {@code price_package_id}) or as the
 * {@code custom_price_package} of a new account, where {@code price_package_id} may be left out (seed changelog).
 */
public record NewPricePackage(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("pricing_conditions") String pricingConditions,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("products") List<PricePackageProduct> products,
        @JsonProperty("price_package_id") String pricePackageId) {
}
