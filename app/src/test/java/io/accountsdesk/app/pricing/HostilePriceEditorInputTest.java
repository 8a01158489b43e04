package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile typing into every value of the price package editor: the package's id, name, description and conditions, a
 * product's namespace and id, a price's type and dimensions, and an amount's four cells. The editor is not built on
 * the form mechanism (its values live in a tree of products, prices and amounts, checked as a whole), so the property
 * of {@link io.accountsdesk.app.security.HostileForms} is restated over its problems:
 * <ol>
 *   <li>typing any text into any value never throws;</li>
 *   <li>saving never throws; with a problem on show nothing reaches the sandbox and the editor says to fix it;</li>
 *   <li>a package without problems makes its request (no number typed at its limits breaks it), and the sandbox
 *       never fails on it with a 5xx.</li>
 * </ol>
 */
class HostilePriceEditorInputTest extends HostileInputProperties {

    private static final AtomicInteger TRIES = new AtomicInteger();

    /** One value the user can type into, how to type it, and what it now holds. */
    private record Slot(String path, BiConsumer<PricePackageEditorViewModel, String> type,
                        Function<PackageDraft, String> holds) {
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot("price_package_id", (e, t) -> {
                PackageDraft d = e.draftProperty().get();
                e.setPackage(t, d.name(), d.description(), d.pricingConditions());
            }, PackageDraft::pricePackageId),
            new Slot("name", (e, t) -> {
                PackageDraft d = e.draftProperty().get();
                e.setPackage(d.pricePackageId(), t, d.description(), d.pricingConditions());
            }, PackageDraft::name),
            new Slot("description", (e, t) -> {
                PackageDraft d = e.draftProperty().get();
                e.setPackage(d.pricePackageId(), d.name(), t, d.pricingConditions());
            }, PackageDraft::description),
            new Slot("pricing_conditions", (e, t) -> {
                PackageDraft d = e.draftProperty().get();
                e.setPackage(d.pricePackageId(), d.name(), d.description(), t);
            }, PackageDraft::pricingConditions),
            new Slot("products.0.namespace", (e, t) -> e.setProduct(0, t, product(e).productId()),
                    d -> d.products().get(0).namespace()),
            new Slot("products.0.product_id", (e, t) -> e.setProduct(0, product(e).namespace(), t),
                    d -> d.products().get(0).productId()),
            new Slot("products.0.prices.0.type", (e, t) -> e.setPrice(0, 0, t,
                    PricePackageEditorViewModel.dimensionsText(price(e).dimensions())),
                    d -> d.products().get(0).prices().get(0).type()),
            new Slot("products.0.prices.0.dimensions", (e, t) -> e.setPrice(0, 0, price(e).type(), t), null),
            amount(PricePackageEditorViewModel.AmountField.NAME, PackageDraft.Amount::name),
            amount(PricePackageEditorViewModel.AmountField.DESCRIPTION, PackageDraft.Amount::description),
            amount(PricePackageEditorViewModel.AmountField.FLAT_AMOUNT, PackageDraft.Amount::flatMajor),
            amount(PricePackageEditorViewModel.AmountField.UNIT_AMOUNT, PackageDraft.Amount::unitAmount));

    private static Slot amount(PricePackageEditorViewModel.AmountField field,
                               Function<PackageDraft.Amount, String> holds) {
        return new Slot("products.0.prices.0.amounts.0." + field.json(),
                (e, t) -> e.setAmountValue(0, 0, 0, field, t),
                d -> holds.apply(d.products().get(0).prices().get(0).amounts().get(0)));
    }

    private static PackageDraft.Product product(PricePackageEditorViewModel editor) {
        return editor.draftProperty().get().products().get(0);
    }

    private static PackageDraft.Price price(PricePackageEditorViewModel editor) {
        return product(editor).prices().get(0);
    }

    @Property(tries = 80)
    void everyValueOfThePackage(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        // A package that would save, so each try's typing is what decides.
        editor.setPackage("HOSTILE_PP_" + TRIES.incrementAndGet() + "_" + System.nanoTime(), "Hostile", "Typed at",
                "");
        editor.setProduct(0, "checkout", "capture.card");
        editor.setAmount(0, 0, 0, "fee", "1.50", "0.019");
        assertThat(editor.problems()).as("the starting package").isEmpty();

        for (HostileText.Typing typed : typing) {
            Slot slot = SLOTS.get(Math.floorMod(typed.field(), SLOTS.size()));
            assertThatCode(() -> slot.type().accept(editor, typed.text())).as("typing into %s", slot.path())
                    .doesNotThrowAnyException();
            if (slot.holds() != null) {
                assertThat(slot.holds().apply(editor.draftProperty().get())).as("what %s holds", slot.path())
                        .isEqualTo(Objects.requireNonNullElse(typed.text(), ""));
            }
        }
        boolean rejected = !editor.problems().isEmpty();
        Statistics.label("checks").collect(rejected ? "rejected" : "passed");
        if (!rejected) {
            assertThatCode(editor::request).as("the request of a package without problems, after %s", typing)
                    .doesNotThrowAnyException();
        }
        assertThat(editor.problems()).as("every problem is in words")
                .allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        long writes = requests.writes();
        assertThatCode(editor::save).as("saving after %s", typing).doesNotThrowAnyException();
        if (rejected) {
            assertThat(requests.writes()).as("what was sent although the editor found problems after %s", typing)
                    .isEqualTo(writes);
            assertThat(editor.noteProperty().get()).as("the editor says to fix them").isNotBlank();
        } else {
            Statistics.label("sent").collect(requests.writes() > writes ? "sent" : "not sent");
        }
        assertThat(requests.serverErrors()).as("the sandbox failing on what was sent").isEmpty();
        editor.dispose();
    }
}
