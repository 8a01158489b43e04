package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"price_package": {...}}}, how the API answers with a single price package. */
public record PricePackageEnvelope(@JsonProperty("price_package") PricePackage pricePackage) {
}
