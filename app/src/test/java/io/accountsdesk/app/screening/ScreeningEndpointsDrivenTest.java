package io.accountsdesk.app.screening;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.SpecEndpoints;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance, checked rather than claimed: the four screening operations of {@code endpoints.tsv} (rows
 * 118–121) are called by the screening tab's view model and answered with success. The client logs one line per
 * call with the operation's path template ({@link io.accountsdesk.app.SpecEndpoints}).
 */
class ScreeningEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryScreeningOperationOfTheSpec() throws Exception {
        Set<String> expected = SpecEndpoints.rows(SpecEndpoints.range(118, 121));
        assertThat(expected).hasSize(4);
        assertThat(SpecEndpoints.succeeded(this::driveEverything)).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account account = ScreeningTestAccounts.merchant(sandbox, "Every Screening Route AS", "Rutegata 1", "0150",
                "Oslo", "NO", "Rita", "Rute");
        var page = new TestAccountPage(sandbox, account.accountId());
        var tab = new ScreeningTabViewModel(test.services, page);
        tab.shown();
        tab.termination().reason.set("05");
        test.dialogs.typedAnswer = account.accountId();
        tab.terminate();
        assertThat(tab.messageProperty().get()).contains("merchant reference number");
        tab.searchMatch();
        assertThat(tab.cards()).isNotEmpty();
        tab.reopen(tab.history().get(0));
        assertThat(tab.cards()).isNotEmpty();
        tab.searchVmss();
        assertThat(tab.messageProperty().get()).isEmpty();
        assertThat(tab.registerProperty().get()).isEqualTo(Register.VMSS);
    }
}
