package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A price package named by its {@code price_package_id} (the seed's {@code PricePackageId}). */
public record PricePackageRef(@JsonProperty("price_package_id") String pricePackageId) {
}
