package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Debouncer;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.TaskRunner;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.ui.ContentState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The partner's sub-accounts: a server-side search (debounced while typing), the seed's filters, and cursor paging.
 * A reload keeps the rows on screen until the new ones arrive, and an answer to an outdated query is dropped, so
 * typing fast never shows the results of an earlier word.
 */
public final class AccountListViewModel {

    static final int PAGE_SIZE = 50;
    static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private final AccountsApi accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Debouncer searchDebouncer;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<String> connections = FXCollections.observableArrayList();
    private final ObservableList<String> connectionStatuses = FXCollections.observableArrayList();
    private final ObservableList<String> paymentOptions = FXCollections.observableArrayList();
    private final ObservableList<String> accountManagers = FXCollections.observableArrayList();
    private final ObservableList<String> knownAccountManagers = FXCollections.observableArrayList();

    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(this, "refreshing");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper(this, "loadingMore");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper emptyTitle = new ReadOnlyStringWrapper(this, "emptyTitle", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanBinding filtersActive;

    private AccountQuery activeQuery;
    private String cursor;
    private int generation;
    private Cancellable running = Cancellable.NONE;
    private String pageError = "";
    private boolean batching;

    public AccountListViewModel(AccountsApi accounts, TaskRunner tasks, UiScheduler scheduler, Messages messages) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.searchDebouncer = new Debouncer(scheduler, SEARCH_DELAY);

        filtersActive = Bindings.createBooleanBinding(() -> !search.get().isBlank() || !connections.isEmpty()
                        || !connectionStatuses.isEmpty() || !paymentOptions.isEmpty() || !accountManagers.isEmpty(),
                search, connections, connectionStatuses, paymentOptions, accountManagers);
        search.addListener((obs, old, value) -> {
            if (!batching) {
                searchDebouncer.submit(this::reload);
            }
        });
        ListChangeListener<String> filterChanged = change -> {
            if (!batching) {
                reload();
            }
        };
        connections.addListener(filterChanged);
        connectionStatuses.addListener(filterChanged);
        paymentOptions.addListener(filterChanged);
        accountManagers.addListener(filterChanged);
    }

    /** The query the inputs describe now. */
    AccountQuery currentQuery() {
        return new AccountQuery(search.get(), List.copyOf(connections), List.copyOf(connectionStatuses),
                List.copyOf(paymentOptions), List.copyOf(accountManagers), PAGE_SIZE);
    }

    /** Loads the first page for the current search and filters, replacing what is shown. */
    public void reload() {
        searchDebouncer.cancel();
        running.cancel();
        int ticket = ++generation;
        AccountQuery query = currentQuery();
        activeQuery = query;
        loadingMore.set(false);
        pageError = "";
        if (rows.isEmpty() || state.get() != ContentState.READY) {
            state.set(ContentState.LOADING);
        } else {
            refreshing.set(true);
        }
        running = tasks.run(messages.get("accounts.task.load"), () -> accounts.list(query, null),
                page -> {
                    if (ticket == generation) {
                        showFirstPage(page, query);
                    }
                },
                failure -> {
                    if (ticket == generation) {
                        refreshing.set(false);
                        rows.clear();
                        hasMore.set(false);
                        errorMessage.set(messages.format("accounts.error.load", errors.describe(failure)));
                        state.set(ContentState.ERROR);
                        updateSummary();
                    }
                });
    }

    /** Appends the next page, if there is one and none is loading. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore.get() || state.get() != ContentState.READY || refreshing.get()) {
            return;
        }
        int ticket = generation;
        AccountQuery query = activeQuery;
        String after = cursor;
        loadingMore.set(true);
        pageError = "";
        updateSummary();
        running = tasks.run(messages.get("accounts.task.loadMore"), () -> accounts.list(query, after),
                page -> {
                    if (ticket == generation) {
                        loadingMore.set(false);
                        append(page);
                    }
                },
                failure -> {
                    if (ticket == generation) {
                        loadingMore.set(false);
                        // The rows already shown stay; the footer says what failed and "Load more" stays to retry.
                        pageError = messages.format("accounts.error.loadMore", errors.describe(failure));
                        updateSummary();
                    }
                });
    }

    private void showFirstPage(Page<Account> page, AccountQuery query) {
        refreshing.set(false);
        rows.clear();
        cursor = null;
        append(page);
        if (rows.isEmpty()) {
            boolean filtered = query.search() != null || !query.connections().isEmpty()
                    || !query.connectionStatuses().isEmpty() || !query.paymentOptions().isEmpty()
                    || !query.accountManagers().isEmpty();
            emptyTitle.set(messages.get(filtered ? "accounts.empty.filtered.title" : "accounts.empty.none.title"));
            emptyText.set(messages.get(filtered ? "accounts.empty.filtered.text" : "accounts.empty.none.text"));
            state.set(ContentState.EMPTY);
        } else {
            state.set(ContentState.READY);
        }
    }

    private void append(Page<Account> page) {
        List<AccountRow> newRows = page.items().stream().map(a -> AccountRow.of(a, messages.locale())).toList();
        rows.addAll(newRows);
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
        rememberManagers(newRows);
        updateSummary();
    }

    private void rememberManagers(List<AccountRow> newRows) {
        TreeSet<String> managers = new TreeSet<>(knownAccountManagers);
        newRows.stream().map(AccountRow::accountManager).filter(Objects::nonNull).forEach(managers::add);
        if (managers.size() != knownAccountManagers.size()) {
            knownAccountManagers.setAll(managers);
        }
    }

    private void updateSummary() {
        String shown = rows.isEmpty() ? "" : messages.format(hasMore.get()
                ? "accounts.summary.more" : "accounts.summary.all", rows.size());
        summary.set(pageError.isEmpty() ? shown : shown + " · " + pageError);
    }

    /** Removes the search and every filter with one reload, not one per cleared input. */
    public void clearFilters() {
        batching = true;
        try {
            connections.clear();
            connectionStatuses.clear();
            paymentOptions.clear();
            accountManagers.clear();
            search.set("");
        } finally {
            batching = false;
        }
        reload();
    }

    /** Whether any search or filter narrows the list, so "Clear filters" has something to do. */
    public BooleanBinding filtersActiveBinding() {
        return filtersActive;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<String> connectionFilter() {
        return connections;
    }

    public ObservableList<String> connectionStatusFilter() {
        return connectionStatuses;
    }

    public ObservableList<String> paymentOptionFilter() {
        return paymentOptions;
    }

    public ObservableList<String> accountManagerFilter() {
        return accountManagers;
    }

    /** Account managers seen in loaded pages: the API has no list of them, so the filter offers these. */
    public ObservableList<String> knownAccountManagers() {
        return knownAccountManagers;
    }

    public ObservableList<AccountRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTitleProperty() {
        return emptyTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
