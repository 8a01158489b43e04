package io.accountsdesk.app.connections;

import io.accountsdesk.app.TestAccountPage;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The board finds what waits across all sub-accounts, longest first, and says what changed since the last look. */
class ConnectionsBoardViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(6);

    @TempDir
    Path configDir;

    @Test
    void findsAConnectionPendingForTenDaysAndSaysResolvedOnceItIsEnabled() throws Exception {
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Board Shop AS");
        String aid = account.accountId();
        TestServices test = TestServices.of(sandbox.session(), configDir);
        var tab = new ConnectionsTabViewModel(test.services, new TestAccountPage(sandbox, aid));
        tab.open(ConnectionOperations.find("klarna.signup").orElseThrow());
        tab.formProperty().get().submit();
        ConnectionsTestAccounts.backdate(sandbox, aid, "klarna", 10);

        ConnectionsBoardViewModel board = new ConnectionsBoardViewModel(test.services);
        board.activate(Place.of(ConnectionsBoardViewModel.SCREEN));
        assertThat(board.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(board.changesProperty().get()).startsWith("First look");
        BoardRow row = board.rows().stream().filter(r -> r.accountId().equals(aid)).findFirst().orElseThrow();
        assertThat(row.connection()).isEqualTo("klarna");
        assertThat(row.status()).isEqualTo("pending");
        assertThat(row.waited()).isGreaterThanOrEqualTo(Duration.ofDays(10));
        assertThat(row.stuck()).isTrue();
        assertThat(board.rows()).as("longest waiting first").isSortedAccordingTo((a, b) ->
                a.waited() == null || b.waited() == null ? 0 : b.waited().compareTo(a.waited()));
        assertThat(board.rows()).allSatisfy(r -> assertThat(r.status()).isNotEqualTo("enabled"));

        board.providerProperty().set("klarna");
        assertThat(board.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.connection()).isEqualTo("klarna"));
        board.minDaysProperty().set(10);
        assertThat(board.rows()).extracting(BoardRow::accountId).contains(aid);
        board.minDaysProperty().set(3650);
        assertThat(board.rows()).isEmpty();
        board.minDaysProperty().set(0);
        board.providerProperty().set("");
        board.stuckAfterDaysProperty().set(30);
        assertThat(board.rows()).filteredOn(r -> r.accountId().equals(aid)).singleElement()
                .satisfies(r -> assertThat(r.stuck()).as("10 days is not stuck when 30 are allowed").isFalse());
        assertThat(test.preferences.current().stuckAfterDays()).isEqualTo(30);
        board.stuckAfterDaysProperty().set(3);

        ConnectionsTestAccounts.decide(sandbox, aid, "klarna", "enabled");
        board.refresh();
        assertThat(board.changesProperty().get()).contains("1 resolved");
        assertThat(board.rows()).filteredOn(r -> r.accountId().equals(aid)).singleElement().satisfies(r -> {
            assertThat(r.change()).isEqualTo(BoardRow.Change.RESOLVED);
            assertThat(r.lastEvent()).contains("Pending");
        });

        Path csv = configDir.resolve("board.csv");
        board.exportCsv(csv);
        assertThat(Files.readString(csv)).contains("account_id").contains(aid + ",\"Board Shop AS\",klarna,enabled");
    }

    @Test
    void aNewConnectionOnTheNextLookIsNew() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        ConnectionsBoardViewModel board = new ConnectionsBoardViewModel(test.services);
        board.activate(Place.of(ConnectionsBoardViewModel.SCREEN));
        int before = board.rows().size();
        Account account = ConnectionsTestAccounts.fresh(sandbox, "Newcomer AS");
        var tab = new ConnectionsTabViewModel(test.services,
                new TestAccountPage(sandbox, account.accountId()));
        tab.open(ConnectionOperations.find("vipps.signup").orElseThrow());
        tab.formProperty().get().submit();

        ConnectionsBoardViewModel later = new ConnectionsBoardViewModel(test.services);
        later.activate(Place.of(ConnectionsBoardViewModel.SCREEN));
        assertThat(later.rows()).hasSize(before + 1);
        assertThat(later.rows()).filteredOn(r -> r.accountId().equals(account.accountId())).singleElement()
                .satisfies(r -> assertThat(r.change()).isEqualTo(BoardRow.Change.NEW));
        assertThat(later.changesProperty().get()).contains("1 new");
    }
}
