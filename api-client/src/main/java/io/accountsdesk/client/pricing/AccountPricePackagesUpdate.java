package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/** The price packages an account may use, replacing the ones it had. */
public record AccountPricePackagesUpdate(@JsonProperty("price_packages") List<PricePackageRef> pricePackages) {

    public AccountPricePackagesUpdate {
        if (pricePackages == null) {
            throw new IllegalArgumentException("price_packages is required (an empty list removes them all)");
        }
        pricePackages = List.copyOf(pricePackages);
    }

    public static AccountPricePackagesUpdate of(String... pricePackageIds) {
        return new AccountPricePackagesUpdate(Arrays.stream(pricePackageIds).map(PricePackageRef::new).toList());
    }
}
