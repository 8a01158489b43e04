package io.accountsdesk.app.core;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import io.accountsdesk.ui.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An account's price package as people read a price list: its name and id, and per product what it costs ("2.5 % +
 * 1.00 (NOK, SEK)"). Rates come as decimal fractions and flat fees in minor units; both are shown as a person would
 * write them.
 */
public record PricePackageSummary(String name, String id, String description, List<ProductLine> products) {

    /** One product and its price, in words. */
    public record ProductLine(String product, String price) {
    }

    public static PricePackageSummary of(PricePackage pricePackage, Messages messages) {
        List<ProductLine> lines = new ArrayList<>();
        if (pricePackage.products() != null) {
            for (PricePackageProduct product : pricePackage.products()) {
                String id = product.productId() == null ? "?" : product.productId();
                String name = product.namespace() == null || id.startsWith(product.namespace())
                        ? id : product.namespace() + " · " + id;
                lines.add(new ProductLine(name, prices(product.prices(), messages)));
            }
        }
        String id = pricePackage.pricePackageId() != null ? pricePackage.pricePackageId() : pricePackage.id();
        return new PricePackageSummary(pricePackage.name() == null ? id : pricePackage.name(), id,
                pricePackage.description(), List.copyOf(lines));
    }

    private static String prices(List<ProductPrice> prices, Messages messages) {
        if (prices == null || prices.isEmpty()) {
            return messages.get("pricing.noPrice");
        }
        return prices.stream().map(price -> price(price, messages)).collect(Collectors.joining("; "));
    }

    private static String price(ProductPrice price, Messages messages) {
        NumberFormat percent = NumberFormat.getNumberInstance(messages.locale());
        percent.setMaximumFractionDigits(4);
        MoneyFormat money = new MoneyFormat(messages.locale());
        // A fee is in the minor unit of the price's currency: with one currency named, it is written in it.
        String currency = price.dimensions() == null ? null : price.dimensions().stream()
                .filter(d -> "currency".equals(d.name()) && d.values() != null && d.values().size() == 1)
                .map(d -> d.values().get(0)).findFirst().orElse(null);
        List<String> parts = new ArrayList<>();
        if (price.amounts() != null) {
            for (PriceAmount a : price.amounts()) {
                if (a.unitAmount() != null) {
                    try {
                        parts.add(percent.format(a.unitRate().multiply(BigDecimal.valueOf(100))) + " %");
                    } catch (NumberFormatException unreadable) {
                        parts.add(a.unitAmount());
                    }
                }
                if (a.flatAmount() != null) {
                    parts.add(money.format(a.flatAmount(), currency));
                }
            }
        }
        String text = parts.isEmpty() ? messages.get("pricing.noPrice") : String.join(" + ", parts);
        String scope = price.dimensions() == null ? "" : price.dimensions().stream()
                .filter(d -> d.values() != null && !d.values().isEmpty())
                .map(PriceDimension::values)
                .map(values -> String.join(", ", values))
                .collect(Collectors.joining(" · "));
        return scope.isEmpty() ? text : text + " (" + scope + ")";
    }
}
