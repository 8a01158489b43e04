package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.CaptureStatistic;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages side by side, reached from the list: two, three, and the editor's unsaved draft beside the package it
 * copies; the worked example typed and taken from an account's captures; the CSV.
 */
class PackageCompareViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(3);

    @TempDir
    Path configDir;

    @Test
    void twoPackagesChosenInTheListAreComparedValueByValue() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackagesViewModel list = new PricePackagesViewModel(test.services);
        list.activate(Place.of(PricePackagesViewModel.SCREEN));
        var left = list.rows().get(0);
        var right = list.rows().get(1);
        list.compare(List.of(left, right));
        Place place = test.navigator.current();
        assertThat(place).isEqualTo(Place.of(PackageCompareViewModel.SCREEN, "ids", left.id() + "," + right.id()));

        PackageCompareViewModel compare = new PackageCompareViewModel(test.services);
        compare.activate(place);
        assertThat(compare.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(compare.columns()).extracting(PackageCompareViewModel.Column::name)
                .satisfiesExactly(name -> assertThat(name).contains(left.id()),
                        name -> assertThat(name).contains(right.id()));
        PricePackage a = find(left.id());
        PricePackage b = find(right.id());
        List<PackageDiff.Line> changes = PackageDiff.changes(a, b);
        assertThat(compare.rows()).isNotEmpty().hasSameSizeAs(changes);
        for (int i = 0; i < changes.size(); i++) {
            PackageDiff.Row row = compare.rows().get(i);
            assertThat(row.values()).containsExactly(changes.get(i).left(), changes.get(i).right());
            assertThat(row.kind(1)).isEqualTo(changes.get(i).kind());
            assertThat(compare.changeText(row)).isEqualTo(compare.kindLabel(changes.get(i).kind()));
        }
        compare.onlyDifferencesProperty().set(false);
        assertThat(compare.rows()).hasSize(PackageDiff.of(a, b).size());

        PackageDiff.Row fee = new PackageDiff.Row("p", "fixed · currency=NOK", "fee · flat_amount",
                List.of("12345"), List.of(PackageDiff.Kind.SAME));
        assertThat(compare.display(fee, "12345")).isEqualTo("123.45 NOK");
        PackageDiff.Row rate = new PackageDiff.Row("p", "fixed", "fee · unit_amount", List.of("0.024"),
                List.of(PackageDiff.Kind.SAME));
        assertThat(compare.display(rate, "0.024")).isEqualTo("2.4 %");

        // The worked example: a month of each product typed, each package's charge worked out from its own prices.
        PackageCompareViewModel.Usage first = compare.usage().get(0);
        first.countProperty().set("10");
        first.volumeProperty().set("1000.00");
        long expectedLeft = PackageCharge.of(a, first.product(), 10, 100_000, "NOK").orElse(0L);
        long expectedRight = PackageCharge.of(b, first.product(), 10, 100_000, "NOK").orElse(0L);
        assertThat(expectedLeft).as("the first product has a NOK price in the left package").isPositive();
        assertThat(compare.columns().get(0).chargeProperty().get())
                .startsWith(Money.format(expectedLeft, "NOK", Locale.ENGLISH));
        assertThat(compare.columns().get(1).chargeProperty().get())
                .startsWith(Money.format(expectedRight, "NOK", Locale.ENGLISH));
        first.volumeProperty().set("12.345");
        assertThat(first.errorProperty().get()).contains("NOK");

        Path csv = configDir.resolve("compare.csv");
        compare.exportCsv(csv);
        List<String> written = Files.readAllLines(csv);
        assertThat(written).hasSize(PackageDiff.of(a, b).size() + 1);
        assertThat(written.get(0)).contains(left.id()).contains(right.id()).contains("change: ");

        PackageCompareViewModel missing = new PackageCompareViewModel(test.services);
        missing.activate(Place.of(PackageCompareViewModel.SCREEN, "ids", left.id() + ",NO_SUCH_PACKAGE"));
        assertThat(missing.stateProperty().get()).isEqualTo(ContentState.ERROR);
        assertThat(missing.errorProperty().get()).contains("NO_SUCH_PACKAGE");

        PackageCompareViewModel alone = new PackageCompareViewModel(test.services);
        alone.activate(Place.of(PackageCompareViewModel.SCREEN, "ids", left.id()));
        assertThat(alone.stateProperty().get()).as("one package is nothing to compare").isEqualTo(ContentState.ERROR);
    }

    @Test
    void threePackagesAreEachHeldAgainstTheFirst() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        List<PricePackage> three = sandbox.client().pricing().list(PricePackageQuery.all().withLimit(3), null)
                .items();
        assertThat(three).hasSize(3);
        PackageCompareViewModel compare = new PackageCompareViewModel(test.services);
        compare.activate(Place.of(PackageCompareViewModel.SCREEN, "ids", String.join(",",
                three.stream().map(PricePackage::pricePackageId).toList())));
        assertThat(compare.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(compare.columns()).hasSize(3);
        assertThat(compare.summaryProperty().get()).contains("3 packages");
        assertThat(compare.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.values()).hasSize(3);
            assertThat(row.differs()).isTrue();
            assertThat(row.kind(0)).isEqualTo(PackageDiff.Kind.SAME);
        });
        // Each later column agrees with a two-way comparison of the first package and that one.
        for (int column = 1; column < 3; column++) {
            List<PackageDiff.Line> pair = PackageDiff.changes(three.get(0), three.get(column));
            int index = column;
            assertThat(compare.rows().stream().filter(row -> row.kind(index) != PackageDiff.Kind.SAME).count())
                    .isEqualTo(pair.size());
        }
        assertThat(compare.rows()).anySatisfy(row -> assertThat(compare.changeText(row)).matches("[23]: .*"));
        compare.usage().get(0).countProperty().set("1");
        assertThat(compare.columns()).allSatisfy(column -> assertThat(column.chargeProperty().get()).isNotEmpty());
    }

    @Test
    void theEditorsUnsavedDraftSitsBesideThePackageItCopies() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackage source = sandbox.client().pricing().list(PricePackageQuery.all().withLimit(1), null).items()
                .get(0);
        PricePackagesViewModel list = new PricePackagesViewModel(test.services);
        list.activate(Place.of(PricePackagesViewModel.SCREEN));

        PackageCompareViewModel none = new PackageCompareViewModel(test.services);
        none.activate(Place.of(PackageCompareViewModel.SCREEN, "ids", source.pricePackageId(), "draft", "1"));
        assertThat(none.stateProperty().get()).isEqualTo(ContentState.ERROR);
        assertThat(none.errorProperty().get()).contains("no unsaved package");

        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN, "copy", source.pricePackageId()));
        editor.setProduct(0, editor.draftProperty().get().products().get(0).namespace(), "checkout.capture.draft");
        editor.compareWithSource();
        Place place = test.navigator.current();
        assertThat(place).isEqualTo(Place.of(PackageCompareViewModel.SCREEN, "ids", source.pricePackageId(),
                "draft", "1"));

        PackageCompareViewModel compare = new PackageCompareViewModel(test.services);
        compare.activate(place);
        assertThat(compare.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(compare.columns()).extracting(PackageCompareViewModel.Column::draft).containsExactly(false, true);
        assertThat(compare.columns().get(1).name()).startsWith("Editor draft").contains("(copy)");
        assertThat(compare.rows()).anySatisfy(row -> {
            assertThat(row.product()).contains("checkout.capture.draft");
            assertThat(row.kind(1)).isEqualTo(PackageDiff.Kind.ADDED);
        });
        assertThat(compare.rows()).anySatisfy(row -> {
            assertThat(row.product()).isEqualTo(source.products().get(0).productId());
            assertThat(row.kind(1)).isEqualTo(PackageDiff.Kind.REMOVED);
        });

        // A later edit shows when the comparison is opened again: the draft is read afresh each time.
        editor.setPackage(editor.draftProperty().get().pricePackageId(), "Renamed draft", "", "");
        compare.activate(place);
        assertThat(compare.columns().get(1).name()).contains("Renamed draft");
    }

    @Test
    void theExampleTakesAMonthOfCapturesFromAnAccount() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account account = sandbox.accounts().stream().filter(a -> a.statistics() != null
                        && a.statistics().checkoutCaptures() != null && a.statistics().checkoutCaptures().stream()
                        .anyMatch(c -> "monthly".equals(c.type()))).findFirst().orElseThrow();
        String thisMonth = YearMonth.now().toString();
        CaptureStatistic month = account.statistics().checkoutCaptures().stream()
                .filter(c -> "monthly".equals(c.type()) && c.period().compareTo(thisMonth) < 0)
                .max(Comparator.comparing(CaptureStatistic::period)).orElseThrow();
        List<PricePackage> two = sandbox.client().pricing().list(PricePackageQuery.all().withLimit(2), null).items();
        PackageCompareViewModel compare = new PackageCompareViewModel(test.services);
        compare.activate(Place.of(PackageCompareViewModel.SCREEN, "ids",
                two.get(0).pricePackageId() + "," + two.get(1).pricePackageId()));
        assertThat(compare.fillProductProperty().get()).as("card captures are the usual guess")
                .startsWith("checkout.capture.card");

        compare.fillAccountProperty().set(account.accountId());
        compare.fillFromAccount();
        var card = compare.usage().stream().filter(u -> u.product().equals(compare.fillProductProperty().get()))
                .findFirst().orElseThrow();
        assertThat(card.countProperty().get()).isEqualTo(Long.toString(month.count()));
        assertThat(Money.parse(card.volumeProperty().get(), month.currency(), Locale.ENGLISH)).contains(month.volume());
        assertThat(compare.currencyProperty().get()).isEqualTo(month.currency());
        assertThat(compare.fillNoteProperty().get()).contains(account.accountId()).contains(month.period());
        assertThat(card.errorProperty().get()).isEmpty();

        compare.fillAccountProperty().set("T99999999");
        compare.fillFromAccount();
        assertThat(compare.fillNoteProperty().get()).contains("T99999999").contains("could not be read");
    }

    private static PricePackage find(String id) {
        return sandbox.client().pricing().list(PricePackageQuery.all().withPricePackageId(id), null).items().get(0);
    }
}
