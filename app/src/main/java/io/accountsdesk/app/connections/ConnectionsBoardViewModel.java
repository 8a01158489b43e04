package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.CsvTable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Every connection across all sub-accounts that is not enabled, longest waiting first: what an account manager
 * chases. Built from the account list's connection-status filter (one query per status, page by page, with progress
 * and cancel) and the connections in each account document. Each refresh is compared with the last look, kept
 * between runs, and says what is new, what moved and what was resolved.
 */
public final class ConnectionsBoardViewModel implements ScreenModel {

    public static final String SCREEN = "connections-board";
    /** The statuses that put a connection on the board. */
    static final List<String> WAITING = List.of("pending", "declined", "failed");
    static final String LAST_LOOK = "connections-board";
    private static final int PAGE = 100;

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<BoardRow> rows = FXCollections.observableArrayList();
    private final FilteredList<BoardRow> filtered = new FilteredList<>(rows);
    private final SortedList<BoardRow> sorted = new SortedList<>(filtered,
            Comparator.comparing(BoardRow::waited, Comparator.nullsLast(Comparator.reverseOrder())));
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty manager = new SimpleStringProperty(this, "manager", "");
    private final IntegerProperty minDays = new SimpleIntegerProperty(this, "minDays", 0);
    private final IntegerProperty stuckAfterDays = new SimpleIntegerProperty(this, "stuckAfterDays");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper changes = new ReadOnlyStringWrapper(this, "changes", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<String> providers = FXCollections.observableArrayList();
    private final ObservableList<String> managers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConnectionFormViewModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private Cancellable loading = Cancellable.NONE;
    private boolean loaded;

    public ConnectionsBoardViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        provider.addListener((obs, old, now) -> filter());
        status.addListener((obs, old, now) -> filter());
        manager.addListener((obs, old, now) -> filter());
        minDays.addListener((obs, old, now) -> filter());
        stuckAfterDays.set(services.preferences().current().stuckAfterDays());
        stuckAfterDays.addListener((obs, old, now) -> {
            int days = Math.max(1, now.intValue());
            services.preferences().update(p -> p.withStuckAfterDays(days));
            // What counts as stuck is the user's threshold, so the rows say it again at once, without a refresh.
            Duration after = Duration.ofDays(days);
            rows.setAll(rows.stream().map(row -> new BoardRow(row.accountId(), row.accountName(), row.connection(),
                    row.provider(), row.status(), row.since(), row.waited(), row.waitedText(), row.lastEvent(),
                    row.manager(), row.change(), ConnectionLanes.isStuck(row.status(), row.since(),
                    row.since() == null ? null : row.since().plus(row.waited()), after))).toList());
        });
    }

    @Override
    public void activate(Place place) {
        Optional.ofNullable(place.param("provider")).ifPresent(provider::set);
        Optional.ofNullable(place.param("status")).ifPresent(status::set);
        if (!loaded) {
            refresh();
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    /** Reads the board again, page by page; the previous look stays on screen until the new one is complete. */
    public void refresh() {
        loading.cancel();
        error.set("");
        if (rows.isEmpty()) {
            state.set(ContentState.LOADING);
        }
        Instant at = services.clock().instant();
        Duration stuckAfter = Duration.ofDays(services.preferences().current().stuckAfterDays());
        String lastLookKey = services.draftKey(LAST_LOOK, "last");
        loading = services.tasks().run(BackgroundTask.of(messages.get("board.task"), task -> {
            Map<String, BoardRow> found = new LinkedHashMap<>();
            int statusIndex = 0;
            for (String waiting : WAITING) {
                task.message(messages.format("board.task.status", Vocabularies.statuses(messages).labelOf(waiting)));
                task.progress(statusIndex++, WAITING.size());
                AccountQuery query = AccountQuery.all().withConnectionStatuses(List.of(waiting)).withLimit(PAGE);
                try (var accounts = services.api(task).accounts().stream(query, task.cancellation())) {
                    accounts.forEach(account -> rowsOf(account, at, stuckAfter)
                            .forEach(row -> found.putIfAbsent(row.key(), row)));
                }
            }
            task.progress(WAITING.size(), WAITING.size());
            Map<String, String> previous = services.drafts().load(lastLookKey)
                    .map(DraftStore.Draft::values).orElse(null);
            return new Look(List.copyOf(found.values()), previous);
        }).onSuccess(look -> show(look, at, lastLookKey))
                .onFailure(failure -> {
                    error.set(messages.format("board.error", services.errors().describe(failure)));
                    if (rows.isEmpty()) {
                        state.set(ContentState.ERROR);
                    }
                }));
    }

    private record Look(List<BoardRow> rows, Map<String, String> previous) {
    }

    private List<BoardRow> rowsOf(Account account, Instant at, Duration stuckAfter) {
        List<BoardRow> list = new ArrayList<>();
        ConnectionLanes.of(account.connections()).forEach((key, connection) -> {
            String value = connection.status() == null ? null : connection.status().value();
            if (value == null || "enabled".equals(value)) {
                return;
            }
            Instant since = ConnectionLanes.sinceOfCurrentStatus(connection);
            Duration waited = since == null ? null : Duration.between(since, at.isBefore(since) ? since : at);
            list.add(new BoardRow(account.accountId(), account.name(), key, providerLabel(key), value, since, waited,
                    ConnectionLanes.durationText(waited, messages), ConnectionLanes.lastEvent(connection, messages),
                    account.accountManager() == null ? "" : nullToEmpty(account.accountManager().email()),
                    BoardRow.Change.SAME, ConnectionLanes.isStuck(value, since, at, stuckAfter)));
        });
        return list;
    }

    private void show(Look look, Instant at, String lastLookKey) {
        List<BoardRow> now = new ArrayList<>();
        int added = 0;
        int moved = 0;
        int resolved = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (BoardRow row : look.rows()) {
            seen.add(row.key());
            BoardRow.Change change = BoardRow.Change.SAME;
            if (look.previous() != null) {
                String before = statusIn(look.previous().get(row.key()));
                change = before == null ? BoardRow.Change.NEW
                        : before.equals(row.status()) ? BoardRow.Change.SAME : BoardRow.Change.MOVED;
            }
            added += change == BoardRow.Change.NEW ? 1 : 0;
            moved += change == BoardRow.Change.MOVED ? 1 : 0;
            now.add(withChange(row, change));
        }
        if (look.previous() != null) {
            for (Map.Entry<String, String> before : look.previous().entrySet()) {
                if (!seen.contains(before.getKey()) && before.getKey().contains("/")) {
                    String[] parts = before.getKey().split("/", 2);
                    String value = before.getValue();
                    String name = value.contains("|") ? value.substring(value.indexOf('|') + 1) : parts[0];
                    now.add(new BoardRow(parts[0], name, parts[1], providerLabel(parts[1]), "enabled", null, null,
                            "", messages.format("board.resolvedFrom", Vocabularies.statuses(messages)
                            .labelOf(statusIn(value))), "", BoardRow.Change.RESOLVED, false));
                    resolved++;
                }
            }
        }
        rows.setAll(now);
        loaded = true;
        providers.setAll(now.stream().map(BoardRow::connection).map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k)
                .distinct().sorted().toList());
        managers.setAll(now.stream().map(BoardRow::manager).filter(m -> !m.isBlank()).distinct().sorted().toList());
        summary.set(messages.format("board.summary", look.rows().size(), DateTimeFormatter
                .ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).withZone(services.clock().getZone())
                .format(at)));
        changes.set(look.previous() == null ? messages.get("board.firstLook")
                : messages.format("board.changes", added, moved, resolved));
        state.set(now.isEmpty() ? ContentState.EMPTY : ContentState.READY);
        Map<String, String> lookNow = new LinkedHashMap<>();
        // The name goes with the status, so a connection resolved by the next look still says whose it was.
        look.rows().forEach(row -> lookNow.put(row.key(), row.status() + "|" + nullToEmpty(row.accountName())));
        services.tasks().writes().submit(messages.get("board.task.remember"),
                () -> services.drafts().save(new DraftStore.Draft(lastLookKey, at, lookNow)));
        filter();
    }

    /** The status part of a remembered look's value ({@code pending|Shop AS}). */
    private static String statusIn(String remembered) {
        return remembered == null ? null
                : remembered.contains("|") ? remembered.substring(0, remembered.indexOf('|')) : remembered;
    }

    private static BoardRow withChange(BoardRow row, BoardRow.Change change) {
        return new BoardRow(row.accountId(), row.accountName(), row.connection(), row.provider(), row.status(),
                row.since(), row.waited(), row.waitedText(), row.lastEvent(), row.manager(), change, row.stuck());
    }

    private void filter() {
        Predicate<BoardRow> predicate = row -> true;
        if (!provider.get().isBlank()) {
            predicate = predicate.and(row -> row.connection().equals(provider.get())
                    || row.connection().startsWith(provider.get() + "."));
        }
        if (!status.get().isBlank()) {
            predicate = predicate.and(row -> row.status().equals(status.get()));
        }
        if (!manager.get().isBlank()) {
            predicate = predicate.and(row -> row.manager().equals(manager.get()));
        }
        if (minDays.get() > 0) {
            Duration min = Duration.ofDays(minDays.get());
            predicate = predicate.and(row -> row.waited() != null && row.waited().compareTo(min) >= 0);
        }
        filtered.setPredicate(predicate);
    }

    /** Opens the account on its connections tab. */
    public void open(BoardRow row) {
        if (row != null) {
            services.navigator().goTo(Place.of("account", "id", row.accountId(), "tab", "connections"));
        }
    }

    /** Opens the status form for the row's connection beside the board; the seed's enum decides which can have one. */
    public void addEvent(BoardRow row) {
        if (row == null) {
            return;
        }
        Optional<ConnectionProvider> provider = ConnectionProvider.ofKey(row.connection())
                .filter(p -> p.eventName().isPresent());
        if (provider.isEmpty()) {
            services.dialogs().notify(DialogService.NoticeKind.WARNING,
                    messages.format("board.noEvent", row.provider()));
            return;
        }
        closeForm();
        form.set(new ConnectionFormViewModel(services, ConnectionOperations.event(provider.get()), row.accountId(),
                answer -> {
                    form.set(null);
                    refresh();
                }));
    }

    public void closeForm() {
        if (form.get() != null) {
            form.get().close();
        }
        form.set(null);
    }

    /** Asks where, then writes the rows the filters show as CSV. */
    public void exportCsv() {
        services.dialogs().chooseSaveFile(messages.get("board.export"), "connections-board.csv",
                        List.of(new DialogService.FileType("CSV", List.of("*.csv"))))
                .ifPresent(this::exportCsv);
    }

    public void exportCsv(Path target) {
        List<BoardRow> shown = List.copyOf(sorted);
        services.tasks().run(BackgroundTask.of(messages.get("board.export"), task -> {
            write(shown, target);
            return shown.size();
        }).onSuccess(count -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("board.exported", count, target.getFileName())))
                .onFailure(failure -> services.dialogs().showError(messages.get("board.export"),
                        messages.format("board.exportFailed", services.errors().describe(failure)))));
    }

    private void write(List<BoardRow> shown, Path target) throws java.io.IOException {
        CsvTable.write(target, List.of("account_id", "account_name", "connection", "status", "since",
                "days_in_status", "last_event", "account_manager", "change"), shown.stream().map(row -> List.of(
                row.accountId(), nullToEmpty(row.accountName()), row.connection(), row.status(),
                row.since() == null ? "" : row.since().toString(),
                row.waited() == null ? "" : String.valueOf(row.waited().toDays()), nullToEmpty(row.lastEvent()),
                row.manager(), row.change().name().toLowerCase(java.util.Locale.ROOT))).toList());
    }

    private String providerLabel(String key) {
        return ConnectionLanes.providerLabel(key, messages);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public SortedList<BoardRow> rows() {
        return sorted;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty managerProperty() {
        return manager;
    }

    public IntegerProperty minDaysProperty() {
        return minDays;
    }

    /** After how many days a connection that has not moved is stuck; a preference, kept between runs. */
    public IntegerProperty stuckAfterDaysProperty() {
        return stuckAfterDays;
    }

    public ObservableList<String> providers() {
        return providers;
    }

    public ObservableList<String> managers() {
        return managers;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }

    String statusLabel(String value) {
        return Vocabularies.statuses(messages).labelOf(value);
    }

    String changeLabel(BoardRow.Change change) {
        return change == BoardRow.Change.SAME ? "" : messages.get("board.change." + change.name().toLowerCase(
                java.util.Locale.ROOT));
    }
}
