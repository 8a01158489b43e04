package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of price packages. Unlike most lists this one is wrapped and names its own cursor. */
public record PricePackageList(
        @JsonProperty("starting_after") String startingAfter,
        @JsonProperty("price_packages") List<PricePackage> pricePackages) {
}
