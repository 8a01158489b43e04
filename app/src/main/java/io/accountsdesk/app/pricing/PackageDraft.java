package io.accountsdesk.app.pricing;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A price package as the editor holds it: immutable, so each edit is a new draft and undo is the one before. Flat
 * amounts are kept as the user typed them in major units (what they see) and become minor units only when the
 * package is sent, in the currency its price names.
 */
record PackageDraft(String pricePackageId, String name, String description, String pricingConditions,
                    List<Product> products) {

    record Amount(String name, String description, String flatMajor, String unitAmount) {
        static Amount empty() {
            return new Amount("", "", "", "");
        }
    }

    record Dimension(String name, List<String> values) {
        Dimension {
            values = List.copyOf(values);
        }
    }

    record Price(String type, List<Dimension> dimensions, List<Amount> amounts) {
        Price {
            dimensions = List.copyOf(dimensions);
            amounts = List.copyOf(amounts);
        }

        static Price empty() {
            return new Price("fixed", List.of(new Dimension("currency", List.of("NOK"))), List.of(Amount.empty()));
        }

        /** The one currency this price is in, which decides how many decimals its flat amounts have. */
        String currency() {
            return dimensions.stream().filter(d -> "currency".equals(d.name()) && d.values().size() == 1)
                    .map(d -> d.values().get(0)).findFirst().orElse("NOK");
        }
    }

    record Product(String namespace, String productId, List<Price> prices) {
        Product {
            prices = List.copyOf(prices);
        }

        static Product empty() {
            return new Product("checkout", "", List.of(Price.empty()));
        }
    }

    PackageDraft {
        products = List.copyOf(products);
    }

    static PackageDraft empty() {
        return new PackageDraft("", "", "", "", List.of(Product.empty()));
    }

    PackageDraft withProducts(List<Product> value) {
        return new PackageDraft(pricePackageId, name, description, pricingConditions, value);
    }

    /** A package read from the server (or a file) as a draft; flat amounts written in major units. */
    static PackageDraft of(String id, String name, String description, String conditions,
                           List<PricePackageProduct> products) {
        List<Product> list = new ArrayList<>();
        for (PricePackageProduct product : products == null ? List.<PricePackageProduct>of() : products) {
            List<Price> prices = new ArrayList<>();
            for (ProductPrice price : product.prices() == null ? List.<ProductPrice>of() : product.prices()) {
                List<Dimension> dimensions = new ArrayList<>();
                for (PriceDimension d : price.dimensions() == null ? List.<PriceDimension>of() : price.dimensions()) {
                    dimensions.add(new Dimension(Objects.toString(d.name(), ""),
                            d.values() == null ? List.of() : d.values()));
                }
                Price shell = new Price(Objects.toString(price.type(), ""), dimensions, List.of());
                List<Amount> amounts = new ArrayList<>();
                for (PriceAmount a : price.amounts() == null ? List.<PriceAmount>of() : price.amounts()) {
                    amounts.add(new Amount(Objects.toString(a.name(), ""), Objects.toString(a.description(), ""),
                            a.flatAmount() == null ? "" : Money.major(a.flatAmount(), shell.currency()).toPlainString(),
                            Objects.toString(a.unitAmount(), "")));
                }
                prices.add(new Price(shell.type(), dimensions, amounts));
            }
            list.add(new Product(Objects.toString(product.namespace(), ""), Objects.toString(product.productId(), ""),
                    prices));
        }
        return new PackageDraft(Objects.toString(id, ""), Objects.toString(name, ""),
                Objects.toString(description, ""), Objects.toString(conditions, ""), list);
    }

    /**
     * The request this draft makes, flat amounts read in {@code locale} and sent in minor units; call it only on a
     * draft without problems (an unreadable amount throws).
     */
    io.accountsdesk.client.pricing.NewPricePackage toRequest(java.util.Locale locale) {
        return new io.accountsdesk.client.pricing.NewPricePackage(name.strip(), description,
                blankToNull(pricingConditions), null, products(locale, false), pricePackageId.strip());
    }

    /**
     * The draft as a package to set beside saved ones: a flat amount that cannot be read yet is left out rather
     * than guessed, so the comparison shows it as missing.
     */
    PricePackage asPackage(java.util.Locale locale) {
        String id = pricePackageId.strip();
        return new PricePackage(null, null, null, null, null, null, name.strip(), blankToNull(description),
                blankToNull(pricingConditions), null, products(locale, true), id.isEmpty() ? "draft" : id, null, null);
    }

    private List<PricePackageProduct> products(java.util.Locale locale, boolean lenient) {
        List<PricePackageProduct> list = new ArrayList<>();
        for (Product product : products) {
            List<ProductPrice> prices = new ArrayList<>();
            for (Price price : product.prices()) {
                List<PriceAmount> amounts = new ArrayList<>();
                for (Amount a : price.amounts()) {
                    var parsed = a.flatMajor().isBlank() ? java.util.Optional.<Long>empty()
                            : Money.parse(a.flatMajor(), price.currency(), locale);
                    Long flat = a.flatMajor().isBlank() ? null : lenient ? parsed.orElse(null) : parsed.orElseThrow();
                    amounts.add(new PriceAmount(blankToNull(a.name()), blankToNull(a.description()), flat,
                            blankToNull(a.unitAmount())));
                }
                prices.add(new ProductPrice(blankToNull(price.type()), amounts, price.dimensions().stream()
                        .map(dim -> new PriceDimension(dim.name(), dim.values())).toList()));
            }
            list.add(new PricePackageProduct(blankToNull(product.namespace()), product.productId().strip(), prices));
        }
        return list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An existing package as the start of a new one: the seed cannot update a package, so editing copies it. */
    static PackageDraft copyOf(PricePackage source, String copySuffix) {
        String id = source.pricePackageId() != null ? source.pricePackageId() : source.id();
        return of(id + "_COPY", Objects.toString(source.name(), id) + copySuffix, source.description(),
                source.pricingConditions(), source.products());
    }
}
