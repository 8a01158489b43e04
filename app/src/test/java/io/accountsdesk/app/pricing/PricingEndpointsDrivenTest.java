package io.accountsdesk.app.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestAccounts;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.accounts.AccountPageViewModel;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, checked rather than claimed: the four price-package operations of {@code endpoints.tsv}
 * (rows 37, 38, 39 and 98) are called by the app's view models, as a user would reach them, and answered with
 * success.
 */
class PricingEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryPricePackageOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(Set.of(37, 38, 39, 98));
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        // 39: a package built in the editor and created.
        PricePackageEditorViewModel editor = new PricePackageEditorViewModel(test.services);
        editor.activate(Place.of(PricePackageEditorViewModel.SCREEN));
        editor.setPackage("DRIVEN_PP", "Driven", "Driven through the app", "");
        editor.setProduct(0, "checkout", "checkout.capture.card");
        editor.setAmount(0, 0, 0, "fee", "1.00", "0.02");
        editor.save();
        assertThat(editor.resultProperty().get()).contains("DRIVEN_PP");

        // 38: the list, where it is found; 37: assigned to an account from there.
        String aid = TestAccounts.fresh(sandbox, "Driven Pricing AS").accountId();
        PricePackagesViewModel list = new PricePackagesViewModel(test.services);
        list.activate(Place.of(PricePackagesViewModel.SCREEN, "for", aid));
        var row = list.rows().stream().filter(r -> r.id().equals("DRIVEN_PP")).findFirst().orElseThrow();
        list.assignChosen(List.of(row));
        assertThat(list.assignResultProperty().get()).contains(aid);

        // 98: the account's page reads the package it now has.
        AccountPageViewModel page = new AccountPageViewModel(test.services);
        page.activate(Place.of("account", "id", aid));
        assertThat(page.pricePackageStateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(page.pricePackageProperty().get().id()).isEqualTo("DRIVEN_PP");
    }
}
