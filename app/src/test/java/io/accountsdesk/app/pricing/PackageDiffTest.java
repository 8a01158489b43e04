package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.pricing.PriceAmount;
import io.accountsdesk.client.pricing.PriceDimension;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageProduct;
import io.accountsdesk.client.pricing.ProductPrice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The side-by-side diff: empty against itself, a mirror when turned round, blind to the order of dimensions. */
class PackageDiffTest {

    @Provide
    Arbitrary<PricePackage> packages() {
        Arbitrary<PriceAmount> amount = Combinators.combine(Arbitraries.of("fee", "rate", null),
                Arbitraries.longs().between(0, 100_000).injectNull(0.3),
                Arbitraries.of("0.0150", "0.0190", "0.0250").injectNull(0.3))
                .as((name, flat, unit) -> new PriceAmount(name, null, flat, unit));
        Arbitrary<PriceDimension> dimension = Combinators.combine(Arbitraries.of("currency", "country"),
                Arbitraries.of("NOK", "SEK", "NO", "SE").list().ofMinSize(1).ofMaxSize(2).uniqueElements())
                .as(PriceDimension::new);
        Arbitrary<ProductPrice> price = Combinators.combine(Arbitraries.of("fixed", "tiered"),
                amount.list().ofMaxSize(2), dimension.list().ofMaxSize(2).uniqueElements(PriceDimension::name))
                .as(ProductPrice::new);
        Arbitrary<PricePackageProduct> product = Combinators.combine(Arbitraries.of("checkout", "payout", null),
                Arbitraries.of("capture.card", "capture.vipps", "refund"),
                price.list().ofMaxSize(2).uniqueElements(PackageDiff::priceKey))
                .as(PricePackageProduct::new);
        return Combinators.combine(Arbitraries.of("Start", "Plus"), Arbitraries.of("A", "B").injectNull(0.5),
                product.list().ofMaxSize(3).uniqueElements(p -> p.namespace() + "/" + p.productId()))
                .as((name, description, products) -> new PricePackage("id", null, null, null, null, null, name,
                        description, null, null, products, "PP1", "pristine", null));
    }

    @Property
    void aPackageAgainstItselfHasNoChange(@ForAll("packages") PricePackage pricePackage) {
        assertThat(PackageDiff.changes(pricePackage, pricePackage)).isEmpty();
    }

    @Property
    void turningTheComparisonRoundMirrorsIt(@ForAll("packages") PricePackage a, @ForAll("packages") PricePackage b) {
        List<PackageDiff.Line> mirrored = PackageDiff.of(b, a).stream().map(PackageDiff.Line::mirrored).toList();
        assertThat(PackageDiff.of(a, b)).isEqualTo(mirrored);
    }

    @Property
    void theOrderOfDimensionsAndTheirValuesIsNotAChange(@ForAll("packages") PricePackage pricePackage) {
        List<PricePackageProduct> reordered = new ArrayList<>();
        for (PricePackageProduct product : pricePackage.products()) {
            List<ProductPrice> prices = new ArrayList<>();
            for (ProductPrice price : product.prices()) {
                List<PriceDimension> dimensions = new ArrayList<>();
                for (PriceDimension dimension : price.dimensions()) {
                    List<String> values = new ArrayList<>(dimension.values());
                    Collections.reverse(values);
                    dimensions.add(new PriceDimension(dimension.name(), values));
                }
                Collections.reverse(dimensions);
                prices.add(new ProductPrice(price.type(), price.amounts(), dimensions));
            }
            reordered.add(new PricePackageProduct(product.namespace(), product.productId(), prices));
        }
        PricePackage same = new PricePackage("id", null, null, null, null, null, pricePackage.name(),
                pricePackage.description(), null, null, reordered, "PP1", "pristine", null);
        assertThat(PackageDiff.changes(pricePackage, same)).isEmpty();
    }

    @Example
    void aChangedFeeAnAddedProductAndARemovedOneAreSaid() {
        PricePackage left = pack(product("checkout", "capture.card", 100L), product("checkout", "refund", 0L));
        PricePackage right = pack(product("checkout", "capture.card", 150L), product("checkout", "capture.vipps", 50L));
        List<PackageDiff.Line> changes = PackageDiff.changes(left, right);
        assertThat(changes).extracting(PackageDiff.Line::product, PackageDiff.Line::left, PackageDiff.Line::right,
                PackageDiff.Line::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checkout · capture.card", "100", "150", PackageDiff.Kind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("checkout · capture.vipps", null, "50", PackageDiff.Kind.ADDED),
                org.assertj.core.groups.Tuple.tuple("checkout · refund", "0", null, PackageDiff.Kind.REMOVED));
    }

    private static PricePackageProduct product(String namespace, String id, long fee) {
        return new PricePackageProduct(namespace, id, List.of(new ProductPrice("fixed",
                List.of(new PriceAmount("fee", null, fee, null)),
                List.of(new PriceDimension("currency", List.of("NOK"))))));
    }

    private static PricePackage pack(PricePackageProduct... products) {
        return new PricePackage("id", null, null, null, null, null, "P", null, null, null, List.of(products), "PP",
                "pristine", null);
    }
}
