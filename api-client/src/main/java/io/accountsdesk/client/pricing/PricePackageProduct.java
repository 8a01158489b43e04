package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One priced product of a package, e.g. {@code checkout.capture.card} in namespace {@code checkout}. */
public record PricePackageProduct(
        @JsonProperty("namespace") String namespace,
        @JsonProperty("product_id") String productId,
        @JsonProperty("prices") List<ProductPrice> prices) {
}
