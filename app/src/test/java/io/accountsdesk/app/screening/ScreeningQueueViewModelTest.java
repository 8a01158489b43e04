package io.accountsdesk.app.screening;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening queue against the sandbox: an account never screened is due; screened today it is not; seen from
 * 200 days on it is due again under the default 180 days, and not under a threshold of a year, which is kept as
 * the user's preference.
 */
class ScreeningQueueViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    private static SessionServices at(TestServices test, Clock clock) {
        return new SessionServices(sandbox.session(), test.tasks.scoped(), UiScheduler.IMMEDIATE, test.dialogs,
                test.messages, test.navigator, test.preferences, test.drafts, clock);
    }

    @Test
    void neverScreenedAndTooLongAgoAreDueAndEnterOpensTheScreeningTab() {
        Account screened = ScreeningTestAccounts.merchant(sandbox, "Queue Screened AS", "Køgata 1", "0150", "Oslo",
                "NO", "Kari", "Kø");
        Account never = ScreeningTestAccounts.merchant(sandbox, "Queue Never AS", "Køgata 2", "0150", "Oslo", "NO",
                "Per", "Kø");
        TestServices test = TestServices.of(sandbox.session(), configDir);
        var tab = new ScreeningTabViewModel(test.services,
                new TestAccountPage(sandbox, screened.accountId()));
        tab.searchMatch();
        assertThat(tab.referenceProperty().get()).isNotEmpty();

        var today = new ScreeningQueueViewModel(test.services);
        today.activate(Place.of(ScreeningQueueViewModel.SCREEN));
        assertThat(today.maxAgeDaysProperty().get()).isEqualTo(180);
        assertThat(today.rows()).anySatisfy(row -> {
            assertThat(row.accountId()).isEqualTo(never.accountId());
            assertThat(row.never()).isTrue();
            assertThat(row.lastScreenedText()).isEqualTo("Never");
        });
        assertThat(today.rows()).noneMatch(row -> row.accountId().equals(screened.accountId()));
        assertThat(today.rows().get(0).never()).as("never screened first").isTrue();

        var later = new ScreeningQueueViewModel(at(test, Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(200))));
        later.activate(Place.of(ScreeningQueueViewModel.SCREEN));
        assertThat(later.rows()).anySatisfy(row -> {
            assertThat(row.accountId()).isEqualTo(screened.accountId());
            assertThat(row.never()).isFalse();
            assertThat(row.ageDays()).isBetween(199L, 200L);
        });
        later.maxAgeDaysProperty().set(365);
        assertThat(later.rows()).noneMatch(row -> row.accountId().equals(screened.accountId()));
        assertThat(test.preferences.current().screeningMaxAgeDays()).isEqualTo(365);

        var row = later.rows().stream().filter(r -> r.accountId().equals(never.accountId())).findFirst().orElseThrow();
        later.open(row);
        assertThat(test.navigator.current())
                .isEqualTo(Place.of("account", "id", never.accountId(), "tab", "screening"));
    }
}
