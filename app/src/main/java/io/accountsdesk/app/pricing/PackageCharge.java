package io.accountsdesk.app.pricing;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a package would charge for a month's use of one product: each amount of the price that applies, its flat
 * amount per transaction and its rate on the volume. The price that applies is the first one in the currency, or
 * the first with no currency at all. Minor units and {@link BigDecimal} only; a rate's result is rounded half-even
 * to the minor unit once, per amount.
 */
final class PackageCharge {

    private PackageCharge() {
    }

    /**
     * @param count       transactions in the month
     * @param volumeMinor their total, in minor units of {@code currency}
     * @return the charge in minor units, or empty when the package has no price for the product in the currency
     */
    static Optional<Long> of(PricePackage pricePackage, String productId, long count, long volumeMinor,
                             String currency) {
        Optional<ProductPrice> price = listOf(pricePackage.products()).stream()
                .filter(p -> productId.equals(p.productId()))
                .map(PricePackageProduct::prices).flatMap(prices -> pick(listOf(prices), currency).stream())
                .findFirst();
        if (price.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        for (PriceAmount amount : listOf(price.get().amounts())) {
            if (amount.flatAmount() != null) {
                total = Math.addExact(total, Math.multiplyExact(amount.flatAmount(), count));
            }
            if (amount.unitAmount() != null) {
                total = Math.addExact(total, new BigDecimal(amount.unitAmount()).multiply(BigDecimal.valueOf(volumeMinor))
                        .setScale(0, RoundingMode.HALF_EVEN).longValueExact());
            }
        }
        return Optional.of(total);
    }

    private static Optional<ProductPrice> pick(List<ProductPrice> prices, String currency) {
        return prices.stream().filter(p -> currencies(p).contains(currency)).findFirst()
                .or(() -> prices.stream().filter(p -> currencies(p).isEmpty()).findFirst());
    }

    private static List<String> currencies(ProductPrice price) {
        return listOf(price.dimensions()).stream().filter(d -> "currency".equals(d.name()))
                .map(PriceDimension::values).flatMap(values -> listOf(values).stream()).toList();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
