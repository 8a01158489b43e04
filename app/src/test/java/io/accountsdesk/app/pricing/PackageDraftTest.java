package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.pricing.NewPricePackage;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A package written by the editor and read back is the package that was edited. */
class PackageDraftTest {

    @Provide
    Arbitrary<PackageDraft> drafts() {
        Arbitrary<String> currency = Arbitraries.of("NOK", "SEK", "JPY", "KWD");
        Arbitrary<PackageDraft.Dimension> country = Arbitraries.of("NO", "SE", "DK").list().ofMinSize(1).ofMaxSize(2)
                .uniqueElements().map(values -> new PackageDraft.Dimension("country", values));
        Arbitrary<PackageDraft.Price> price = Combinators.combine(Arbitraries.of("fixed", "tiered"), currency,
                country.injectNull(0.5), Arbitraries.longs().between(0, 10_000_000).injectNull(0.3),
                Arbitraries.of("0.019", "0.0250", "1").injectNull(0.3), Arbitraries.of("fee", "rate", ""))
                .as((type, cur, countries, flat, unit, name) -> {
                    List<PackageDraft.Dimension> dimensions = countries == null
                            ? List.of(new PackageDraft.Dimension("currency", List.of(cur)))
                            : List.of(new PackageDraft.Dimension("currency", List.of(cur)), countries);
                    String flatMajor = flat == null ? "" : Money.major(flat, cur).toPlainString();
                    return new PackageDraft.Price(type, dimensions, List.of(new PackageDraft.Amount(name, "",
                            flatMajor, unit == null ? "" : unit)));
                });
        Arbitrary<PackageDraft.Product> product = Combinators.combine(Arbitraries.of("checkout", "payout"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), price.list().ofMinSize(1).ofMaxSize(3))
                .as(PackageDraft.Product::new);
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40),
                        product.list().ofMaxSize(4).uniqueElements(PackageDraft.Product::productId))
                .as((id, name, products) -> new PackageDraft(id, name, "", "", products));
    }

    @Property
    void whatTheEditorSendsReadsBackAsTheSameDraft(@ForAll("drafts") PackageDraft draft) {
        NewPricePackage sent = draft.toRequest(Locale.ENGLISH);
        PackageDraft read = PackageDraft.of(sent.pricePackageId(), sent.name(), sent.description(),
                sent.pricingConditions(), sent.products());
        assertThat(read).isEqualTo(draft);
    }
}
