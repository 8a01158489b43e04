package io.accountsdesk.client.pricing;

import java.util.List;

/**
 * The filters of the price package list: package types (any of them), one {@code price_package_id}, and the page
 * size (1 to 100, default 10).
 */
public record PricePackageQuery(List<PricePackageType> types, String pricePackageId, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public PricePackageQuery {
        types = List.copyOf(types == null ? List.of() : types);
        pricePackageId = pricePackageId == null || pricePackageId.isBlank() ? null : pricePackageId.strip();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public static PricePackageQuery all() {
        return new PricePackageQuery(List.of(), null, DEFAULT_LIMIT);
    }

    public PricePackageQuery withTypes(List<PricePackageType> values) {
        return new PricePackageQuery(values, pricePackageId, limit);
    }

    public PricePackageQuery withPricePackageId(String value) {
        return new PricePackageQuery(types, value, limit);
    }

    public PricePackageQuery withLimit(int value) {
        return new PricePackageQuery(types, pricePackageId, value);
    }

    List<String> typeValues() {
        return types.stream().map(PricePackageType::value).toList();
    }
}
