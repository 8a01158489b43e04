package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two of the sandbox's packages side by side, reached from the list, with the differences and the CSV. */
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
        assertThat(place).isEqualTo(Place.of(PackageCompareViewModel.SCREEN, "left", left.id(), "right", right.id()));

        PackageCompareViewModel compare = new PackageCompareViewModel(test.services);
        compare.activate(place);
        assertThat(compare.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(compare.leftNameProperty().get()).contains(left.id());
        assertThat(compare.rightNameProperty().get()).contains(right.id());
        PricePackage a = find(left.id());
        PricePackage b = find(right.id());
        assertThat(compare.lines()).isNotEmpty().containsExactlyElementsOf(PackageDiff.changes(a, b));
        compare.onlyDifferencesProperty().set(false);
        assertThat(compare.lines()).hasSize(PackageDiff.of(a, b).size());

        PackageDiff.Line fee = new PackageDiff.Line("p", "fixed · currency=NOK", "fee · flat_amount", "12345", null,
                PackageDiff.Kind.REMOVED);
        assertThat(compare.display(fee, "12345")).isEqualTo("123.45 NOK");
        PackageDiff.Line rate = new PackageDiff.Line("p", "fixed", "fee · unit_amount", "0.024", null,
                PackageDiff.Kind.REMOVED);
        assertThat(compare.display(rate, "0.024")).isEqualTo("2.4 %");

        // The worked example: a month of each product typed, each package's charge worked out from its own prices.
        PackageCompareViewModel.Usage first = compare.usage().get(0);
        first.countProperty().set("10");
        first.volumeProperty().set("1000.00");
        long expectedLeft = PackageCharge.of(a, first.product(), 10, 100_000, "NOK").orElse(0L);
        long expectedRight = PackageCharge.of(b, first.product(), 10, 100_000, "NOK").orElse(0L);
        assertThat(expectedLeft).as("the first product has a NOK price in the left package").isPositive();
        assertThat(compare.leftChargeProperty().get()).startsWith(Money.format(expectedLeft, "NOK", java.util.Locale.ENGLISH));
        assertThat(compare.rightChargeProperty().get()).startsWith(Money.format(expectedRight, "NOK", java.util.Locale.ENGLISH));
        first.volumeProperty().set("12.345");
        assertThat(first.errorProperty().get()).contains("NOK");

        Path csv = configDir.resolve("compare.csv");
        compare.exportCsv(csv);
        assertThat(Files.readAllLines(csv)).hasSize(PackageDiff.of(a, b).size() + 1);

        PackageCompareViewModel missing = new PackageCompareViewModel(test.services);
        missing.activate(Place.of(PackageCompareViewModel.SCREEN, "left", left.id(), "right", "NO_SUCH_PACKAGE"));
        assertThat(missing.stateProperty().get()).isEqualTo(ContentState.ERROR);
        assertThat(missing.errorProperty().get()).contains("NO_SUCH_PACKAGE");
    }

    private static PricePackage find(String id) {
        return sandbox.client().pricing().list(PricePackageQuery.all().withPricePackageId(id), null).items().get(0);
    }
}
