package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.sandbox.http.FaultPlan;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account list on a sandbox that misbehaves on purpose ({@code --sandbox-faults}): a flaky server still gives the
 * user the list, and a broken one gives a message that says what failed and what to do.
 */
class AccountListReliabilityTest {

    @TempDir
    Path configDir;

    private AccountListViewModel model(TestSandbox sandbox) {
        return new AccountListViewModel(TestServices.of(sandbox.session(), configDir).services);
    }

    @Test
    void aFlakyServerStillShowsTheList(@TempDir Path dir) {
        try (TestSandbox sandbox = TestSandbox.start(dir, 60, FaultPlan.parse(
                "route=/accounts/*/management/accounts, error=0.4; truncate=0.2; seed=5"))) {
            AccountListViewModel model = model(sandbox);

            model.reload();

            assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
            assertThat(model.rows()).hasSize(AccountListViewModel.PAGE_SIZE);
        }
    }

    @Test
    void aServerThatKeepsFailingSaysSoAndWhatToDo(@TempDir Path dir) {
        try (TestSandbox sandbox = TestSandbox.start(dir, 5, FaultPlan.parse(
                "route=/accounts/*/management/accounts, error=1"))) {
            AccountListViewModel model = model(sandbox);

            model.reload();

            assertThat(model.stateProperty().get()).isEqualTo(ContentState.ERROR);
            assertThat(model.errorMessageProperty().get()).contains("503").contains("--faults");
            assertThat(model.rows()).isEmpty();
        }
    }

    @Test
    void aShortRateLimitIsWaitedOut(@TempDir Path dir) {
        try (TestSandbox sandbox = TestSandbox.start(dir, 5, FaultPlan.parse(
                "route=/accounts/*/management/accounts, burst429=1, retry_after=1"))) {
            AccountListViewModel model = model(sandbox);

            model.reload();

            assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
            assertThat(model.rows()).hasSize(5);
        }
    }
}
