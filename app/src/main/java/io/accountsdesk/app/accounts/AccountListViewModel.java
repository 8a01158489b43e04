package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.AccountCreated;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Debouncer;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Disposables;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.app.preferences.SavedView;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.file.Path;
import java.util.Optional;
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
 *
 * <p>The search and filters are the screen's place ({@link AccountsPlace}): opening a place sets them, changing them
 * updates the place, so back and forward, saved views and the palette all reach a filtered list the same way. The
 * list exports as CSV (every page, not only those loaded) and drops or refreshes rows when another screen deletes or
 * saves an account.
 */
public final class AccountListViewModel implements ScreenModel {

    static final int PAGE_SIZE = 50;
    /** The export asks for the largest page the API allows: fewer round trips for the whole list. */
    static final int EXPORT_PAGE_SIZE = AccountQuery.MAX_LIMIT;
    static final Duration SEARCH_DELAY = Duration.ofMillis(300);

    private final SessionServices services;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Debouncer searchDebouncer;
    private final Disposables disposables = new Disposables();

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

    public AccountListViewModel(SessionServices services) {
        this.services = Objects.requireNonNull(services);
        this.messages = services.messages();
        this.errors = services.errors();
        this.searchDebouncer = new Debouncer(services.scheduler(), SEARCH_DELAY);
        disposables.add(searchDebouncer::cancel);
        disposables.add(() -> running.cancel());
        disposables.add(services.events().subscribe(AccountDeleted.class, deleted -> drop(deleted.accountId())));
        disposables.add(services.events().subscribe(AccountChanged.class, changed -> refresh(changed.account())));
        // A new account goes wherever the list's order puts it, so the page is read again rather than guessed at.
        disposables.add(services.events().subscribe(AccountCreated.class, created -> load(false)));
        disposables.add(services.events().subscribe(io.accountsdesk.app.core.AccountsCreated.class,
                created -> load(false)));

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

    /**
     * Shows the list {@code place} describes: its search and filters replace the current ones, and the list loads
     * unless it shows exactly that already.
     */
    @Override
    public void activate(Place place) {
        AccountQuery wanted = new AccountQuery(AccountsPlace.search(place),
                AccountsPlace.list(place, AccountsPlace.CONNECTION), AccountsPlace.list(place, AccountsPlace.STATUS),
                AccountsPlace.list(place, AccountsPlace.PAYMENT_OPTION),
                AccountsPlace.list(place, AccountsPlace.MANAGER), PAGE_SIZE);
        if (wanted.equals(activeQuery) && state.get() != ContentState.ERROR) {
            return;
        }
        batching = true;
        try {
            search.set(wanted.search() == null ? "" : wanted.search());
            connections.setAll(wanted.connections());
            connectionStatuses.setAll(wanted.connectionStatuses());
            paymentOptions.setAll(wanted.paymentOptions());
            accountManagers.setAll(wanted.accountManagers());
        } finally {
            batching = false;
        }
        load(false);
    }

    /** The place of the list as it is filtered now. */
    public Place place() {
        return AccountsPlace.of(currentQuery());
    }

    /** Opens the account's page. */
    public void open(String accountId) {
        if (accountId != null) {
            services.navigator().goTo(Place.of("account", "id", accountId));
        }
    }

    /** The query the inputs describe now. */
    AccountQuery currentQuery() {
        return new AccountQuery(search.get(), List.copyOf(connections), List.copyOf(connectionStatuses),
                List.copyOf(paymentOptions), List.copyOf(accountManagers), PAGE_SIZE);
    }

    /** Loads the first page for the current search and filters, replacing what is shown. */
    public void reload() {
        load(true);
    }

    /** @param userChange whether the user changed the inputs here, so the place follows them */
    private void load(boolean userChange) {
        searchDebouncer.cancel();
        running.cancel();
        int ticket = ++generation;
        AccountQuery query = currentQuery();
        activeQuery = query;
        if (userChange) {
            Place here = services.navigator().current();
            if (here != null && here.screen().equals(AccountsPlace.SCREEN)) {
                services.navigator().replace(AccountsPlace.of(query));
            }
        }
        loadingMore.set(false);
        pageError = "";
        if (rows.isEmpty() || state.get() != ContentState.READY) {
            state.set(ContentState.LOADING);
        } else {
            refreshing.set(true);
        }
        running = services.tasks().run(messages.get("accounts.task.load"),
                task -> services.api(task).accounts().list(query, null),
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
        running = services.tasks().run(messages.get("accounts.task.loadMore"),
                task -> services.api(task).accounts().list(query, after),
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

    /** Another screen deleted the account: its row goes, and the count with it. */
    private void drop(String accountId) {
        if (rows.removeIf(row -> row.accountId().equals(accountId))) {
            if (rows.isEmpty() && !hasMore.get()) {
                emptyTitle.set(messages.get("accounts.empty.filtered.title"));
                emptyText.set(messages.get("accounts.empty.filtered.text"));
                state.set(ContentState.EMPTY);
            }
            updateSummary();
        }
    }

    /** Another screen saved the account: its row shows it as saved. */
    private void refresh(Account account) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).accountId().equals(account.accountId())) {
                rows.set(i, AccountRow.of(account, messages.locale()));
            }
        }
    }

    /** Asks for a name, then keeps the current search and filters under it. */
    public void saveView() {
        services.dialogs().prompt(messages.get("accounts.view.save.title"), messages.get("accounts.view.save.name"),
                search.get()).ifPresent(this::saveView);
    }

    /**
     * Keeps the current search and filters under {@code name}, in the sidebar and the palette. A view of the same name
     * is replaced. Returns false (and says why) for an empty name.
     */
    public boolean saveView(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        SavedView view = new SavedView(name, place().toText());
        services.preferences().update(p -> p.withSavedView(view));
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format("accounts.view.saved", view.name()));
        return true;
    }

    /** Asks where to save, then writes every account of the current search and filters there as CSV. */
    public void exportCsv() {
        Optional<Path> target = services.dialogs().chooseSaveFile(messages.get("accounts.export.choose"),
                messages.get("accounts.export.fileName"),
                List.of(new DialogService.FileType(messages.get("accounts.export.fileType"), List.of("*.csv"))));
        target.ifPresent(this::exportCsv);
    }

    /**
     * Writes every account of the current search and filters to {@code target}, fetching all pages (not only the
     * loaded ones) with progress and cancel.
     */
    public TaskHandle exportCsv(Path target) {
        AccountQuery query = currentQuery().withLimit(EXPORT_PAGE_SIZE);
        AccountCsvExport export = new AccountCsvExport(messages);
        TaskHandle handle = services.tasks().run(BackgroundTask.of(messages.get("accounts.export.task"),
                        task -> {
                            task.indeterminate();
                            try (var accounts = services.api(task).accounts().stream(query, task.cancellation())) {
                                return export.write(accounts, target, task);
                            }
                        })
                .onSuccess(count -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("accounts.export.done", count, target.getFileName().toString())))
                .onFailure(failure -> services.dialogs().showError(messages.get("accounts.export.failed"),
                        errors.describe(failure)))
                .onCancelled(() -> services.dialogs().notify(DialogService.NoticeKind.INFO,
                        messages.get("accounts.export.cancelled"))));
        services.dialogs().showProgress(handle);
        return handle;
    }

    /** Stops loading and searching, and stops listening to the other screens. */
    @Override
    public void dispose() {
        disposables.dispose();
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
