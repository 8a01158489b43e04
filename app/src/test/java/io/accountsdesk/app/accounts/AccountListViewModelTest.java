package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list view model against a real sandbox, with the synchronous task runner: no toolkit, no waiting. */
class AccountListViewModelTest {

    private static final int ACCOUNTS = 120;

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;
    static AccountsApi accounts;
    static List<Account> everyAccount;

    @TempDir
    Path configDir;

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, ACCOUNTS);
        accounts = sandbox.session().client().accounts();
        everyAccount = accounts.stream(AccountQuery.all().withLimit(100)).toList();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private AccountListViewModel model(UiScheduler scheduler) {
        return new AccountListViewModel(TestServices.of(sandbox.session(), configDir, scheduler).services);
    }

    @Test
    void firstPageThenLoadMoreUntilEverythingIsShown() {
        AccountListViewModel model = model(UiScheduler.IMMEDIATE);
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.LOADING);

        model.reload();
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.READY);
        assertThat(model.rows()).hasSize(AccountListViewModel.PAGE_SIZE);
        assertThat(model.hasMoreProperty().get()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("50 accounts shown · more available");

        model.loadMore();
        model.loadMore();
        assertThat(model.rows()).hasSize(ACCOUNTS);
        assertThat(model.rows()).extracting(AccountRow::accountId).doesNotHaveDuplicates()
                .containsExactlyElementsOf(everyAccount.stream().map(Account::accountId).toList());
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("120 accounts shown · all loaded");
    }

    @Test
    void rowsCarryTheColumnsOfTheList() {
        AccountListViewModel model = model(UiScheduler.IMMEDIATE);
        model.reload();
        Account first = everyAccount.get(0);
        AccountRow row = model.rows().get(0);
        assertThat(row.accountId()).isEqualTo(first.accountId());
        assertThat(row.name()).isEqualTo(first.name());
        assertThat(row.organizationNumber()).isEqualTo(first.company().organizationNumber());
        assertThat(row.country()).isEqualTo(first.company().address().country());
        assertThat(row.progression()).isEqualTo(first.progression().value());
        assertThat(row.accountManager()).isEqualTo(first.accountManager().email());
        assertThat(row.connections()).extracting(AccountRow.ConnectionBadge::connection)
                .containsExactlyElementsOf(first.connectionStatuses().keySet());
        assertThat(row.created()).isNotBlank();
    }

    @Test
    void typingIsDebouncedAndThenSearchesOnTheServer() {
        ManualScheduler scheduler = new ManualScheduler();
        AccountListViewModel model = model(scheduler);
        model.reload();
        Account target = everyAccount.get(33);

        model.searchProperty().set(target.accountId().substring(0, 3));
        model.searchProperty().set(target.accountId());
        assertThat(model.rows()).as("nothing happens while typing").hasSize(AccountListViewModel.PAGE_SIZE);
        assertThat(scheduler.pendingCount()).isEqualTo(1);

        scheduler.runDue();
        assertThat(model.rows()).extracting(AccountRow::accountId).containsExactly(target.accountId());
        assertThat(model.hasMoreProperty().get()).isFalse();
    }

    @Test
    void filtersNarrowTheListAndClearingRestoresIt() {
        AccountListViewModel model = model(UiScheduler.IMMEDIATE);
        model.reload();
        String manager = everyAccount.get(0).accountManager().email();
        long expected = everyAccount.stream().filter(a -> manager.equals(a.accountManager().email())).count();

        model.accountManagerFilter().setAll(manager);
        while (model.hasMoreProperty().get()) {
            model.loadMore();
        }
        assertThat(model.rows()).hasSize((int) expected).allMatch(row -> manager.equals(row.accountManager()));
        assertThat(model.knownAccountManagers()).contains(manager);

        model.connectionFilter().setAll("vipps");
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.connections())
                .extracting(AccountRow.ConnectionBadge::connection).contains("vipps"));

        model.clearFilters();
        assertThat(model.rows()).hasSize(AccountListViewModel.PAGE_SIZE);
    }

    @Test
    void noMatchIsAnEmptyStateThatSaysWhy() {
        AccountListViewModel model = model(UiScheduler.IMMEDIATE);
        model.searchProperty().set("zzzz-no-such-company");
        assertThat(model.stateProperty().get()).isEqualTo(ContentState.EMPTY);
        assertThat(model.rows()).isEmpty();
        assertThat(model.emptyTitleProperty().get()).isEqualTo("No accounts match");
    }

    @Test
    void anUnreachableServerIsAnErrorStateWithWhatToDo() {
        ApiConfig config = sandbox.session().client().config();
        try (ApiClient lost = ApiClient.create(ApiConfig.of("http://127.0.0.1:9/v1", config.accountId(),
                config.credentials()))) {
            TestServices test = TestServices.of(new Session(Environment.CUSTOM, "http://127.0.0.1:9/v1",
                    config.accountId(), lost), configDir);
            AccountListViewModel model = new AccountListViewModel(test.services);
            model.reload();
            assertThat(model.stateProperty().get()).isEqualTo(ContentState.ERROR);
            assertThat(model.errorMessageProperty().get()).contains("127.0.0.1").contains("try again");
            assertThat(test.activity.lastFailureProperty().get()).startsWith("Loading accounts: ");
        }
    }

    @Test
    void anAnswerToAnOutdatedSearchIsDropped() {
        QueueExecutor workers = new QueueExecutor();
        AccountListViewModel model = new AccountListViewModel(TestServices.of(sandbox.session(), configDir,
                activity -> TaskRunner.using(workers, Runnable::run, activity, Throwable::getMessage)).services);
        Account first = everyAccount.get(5);
        Account second = everyAccount.get(77);

        model.searchProperty().set(first.accountId());
        model.searchProperty().set(second.accountId());
        assertThat(workers.size()).isEqualTo(2);

        workers.runLast();   // the newer search answers first…
        workers.runLast();   // …and the older one arrives late
        assertThat(model.rows()).extracting(AccountRow::accountId).containsExactly(second.accountId());
    }

    /** Holds submitted work so the test decides the order in which answers arrive. */
    static final class QueueExecutor implements Executor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        int size() {
            return queue.size();
        }

        void runLast() {
            queue.removeLast().run();
        }
    }
}
