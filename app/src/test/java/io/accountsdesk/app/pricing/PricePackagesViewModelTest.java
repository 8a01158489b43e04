package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.pricing.PricePackage;
import io.accountsdesk.client.pricing.PricePackageQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The price packages list against the sandbox: the seed's filters, the next page, the name search, and the JSON. */
class PricePackagesViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(40);

    @TempDir
    Path configDir;

    /** Small, so the sandbox's packages need several pages. */
    private static final int PAGE = 5;

    private static List<PricePackage> all() {
        try (var packages = sandbox.client().pricing().stream(PricePackageQuery.all().withLimit(100))) {
            return packages.toList();
        }
    }

    @Test
    void listsFiltersPagesAndShowsThePackage() {
        List<PricePackage> all = all();
        assertThat(all.size()).as("enough packages to need a second page").isGreaterThan(PAGE);
        PricePackagesViewModel packages = new PricePackagesViewModel(TestServices.of(sandbox.session(), configDir)
                .services, PAGE);
        packages.activate(Place.of(PricePackagesViewModel.SCREEN));
        assertThat(packages.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(packages.rows()).hasSize(PAGE);
        while (packages.moreProperty().get()) {
            packages.loadMore();
        }
        assertThat(packages.rows()).hasSize(all.size());

        packages.typeProperty().set("account");
        assertThat(packages.rows()).allSatisfy(row -> assertThat(row.type()).isEqualTo("account"));
        assertThat(packages.rows()).hasSize((int) all.stream()
                .filter(p -> p.type() != null && p.type().value().equals("account")).limit(PAGE).count());
        packages.typeProperty().set("");

        PricePackage one = all.get(all.size() - 1);
        String id = one.pricePackageId() != null ? one.pricePackageId() : one.id();
        packages.activate(Place.of(PricePackagesViewModel.SCREEN, "id", id));
        assertThat(packages.rows()).extracting(PricePackagesViewModel.PackageRow::id).containsExactly(id);

        packages.packageIdProperty().set("");
        packages.reload();
        String name = one.name();
        packages.searchProperty().set(name.substring(0, Math.min(6, name.length())).toUpperCase());
        assertThat(packages.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.name().toLowerCase())
                .contains(name.substring(0, Math.min(6, name.length())).toLowerCase()));

        packages.select(packages.rows().get(0));
        assertThat(packages.summaryProperty().get().id()).isEqualTo(packages.rows().get(0).id());
        assertThat(packages.jsonProperty().get()).contains("\"products\"").contains(packages.rows().get(0).id());
        assertThat(packages.creationStateLabel(packages.rows().get(0).creationState())).isNotBlank()
                .doesNotStartWith("!");
    }

    @Test
    void packagesAreAssignedAfterABeforeAndAfterConfirmation() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        PricePackagesViewModel packages = new PricePackagesViewModel(test.services, 50);
        packages.activate(Place.of(PricePackagesViewModel.SCREEN));
        List<PricePackagesViewModel.PackageRow> chosen = List.of(packages.rows().get(2), packages.rows().get(3));
        var account = io.accountsdesk.app.TestAccounts.fresh(sandbox, "Priced Shop AS");
        String aid = account.accountId();

        packages.assign(chosen, "not-an-id");
        assertThat(packages.assignResultProperty().get()).contains("not an account id");
        assertThat(test.dialogs.of("confirm")).isEmpty();

        test.dialogs.confirmAnswer = false;
        packages.assign(chosen, aid.toLowerCase());
        assertThat(test.dialogs.of("confirm")).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains(aid).contains(chosen.get(0).id()).contains(chosen.get(1).id()));
        assertThat(currentPackage(aid)).as("nothing was sent").isNotEqualTo(chosen.get(0).id());

        test.dialogs.confirmAnswer = true;
        packages.assign(chosen, aid);
        assertThat(packages.assignResultProperty().get()).contains(aid).contains(chosen.get(0).id());
        assertThat(currentPackage(aid)).isEqualTo(chosen.get(0).id());
        packages.openAssigned();
        assertThat(test.navigator.current()).isEqualTo(Place.of("account", "id", aid, "tab", "overview"));
    }

    private static String currentPackage(String aid) {
        try {
            PricePackage current = sandbox.client().actingOn(aid).pricing().ofAccount(aid);
            return current == null ? null : current.pricePackageId() != null ? current.pricePackageId() : current.id();
        } catch (io.accountsdesk.client.http.ApiException.NotFound none) {
            return null;
        }
    }

    @Test
    void openedFromAnAccountTheChosenPackagesAreForThatAccountWithoutAsking() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        var account = io.accountsdesk.app.TestAccounts.fresh(sandbox, "Chosen For Shop AS");
        String aid = account.accountId();
        var page = new io.accountsdesk.app.accounts.AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", aid));
        page.choosePricePackages();
        assertThat(test.navigator.current()).isEqualTo(Place.of(PricePackagesViewModel.SCREEN, "for", aid));

        PricePackagesViewModel packages = new PricePackagesViewModel(test.services, 50);
        packages.activate(test.navigator.current());
        assertThat(packages.assignForProperty().get()).isEqualTo(aid);
        PricePackagesViewModel.PackageRow chosen = packages.rows().get(5);
        packages.assignChosen(List.of(chosen));
        assertThat(test.dialogs.of("prompt")).isEmpty();
        assertThat(currentPackage(aid)).isEqualTo(chosen.id());
    }
}
