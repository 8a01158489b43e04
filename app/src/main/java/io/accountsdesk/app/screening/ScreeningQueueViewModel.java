package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.ui.ContentState;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The accounts whose merchants are due for screening: never screened (no screening event), or last screened longer
 * ago than the user's threshold (a preference, 180 days unless changed). Never-screened first, then the oldest.
 * Reading it costs one events call per account: the seed has no filter on events across accounts.
 */
public final class ScreeningQueueViewModel implements ScreenModel {

    public static final String SCREEN = "screening-queue";

    /** One list page of accounts at a time. */
    static final int PAGE = AccountQuery.MAX_LIMIT;

    private final SessionServices services;
    private final Messages messages;
    private final DateTimeFormatter date;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final List<Screened> read = new ArrayList<>();
    private final IntegerProperty maxAgeDays = new SimpleIntegerProperty(this, "maxAgeDays");
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Cancellable loading = Cancellable.NONE;
    private boolean loaded;

    /** What the queue read of one account: enough to decide again when the threshold changes. */
    private record Screened(String accountId, String name, Instant lastScreened, String decision) {
    }

    public ScreeningQueueViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(services.clock().getZone());
        maxAgeDays.set(services.preferences().current().screeningMaxAgeDays());
        maxAgeDays.addListener((obs, old, now) -> {
            int days = Math.max(1, now.intValue());
            services.preferences().update(p -> p.withScreeningMaxAgeDays(days));
            publish();
        });
    }

    @Override
    public void activate(Place place) {
        if (!loaded) {
            refresh();
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    /** Reads every account and its screening events again; the last look stays until the new one is complete. */
    public void refresh() {
        loading.cancel();
        error.set("");
        if (rows.isEmpty()) {
            state.set(ContentState.LOADING);
        }
        loading = services.tasks().run(BackgroundTask.of(messages.get("screening.queue.task"), task -> {
                    List<Account> accounts;
                    try (var stream = services.api(task).accounts().stream(AccountQuery.all().withLimit(PAGE),
                            task.cancellation())) {
                        accounts = stream.toList();
                    }
                    List<Screened> found = new ArrayList<>();
                    int done = 0;
                    for (Account account : accounts) {
                        task.throwIfCancelled();
                        task.progress(done++, accounts.size());
                        ScreeningHistory history = ScreeningTabViewModel.readHistory(services.api(task),
                                account.accountId(), 1);
                        String decision = history.decisions().isEmpty() ? ""
                                : messages.get("screening.outcome."
                                + ((ScreeningEvent.Decision) history.decisions().get(0).event()).outcome().id());
                        found.add(new Screened(account.accountId(), account.name() == null ? account.accountId()
                                : account.name(), history.lastScreened(), decision));
                    }
                    return found;
                })
                .onSuccess(found -> {
                    loaded = true;
                    read.clear();
                    read.addAll(found);
                    publish();
                })
                .onFailure(failure -> {
                    error.set(messages.format("screening.queue.failed", services.errors().describe(failure)));
                    if (rows.isEmpty()) {
                        state.set(ContentState.ERROR);
                    }
                }));
    }

    /** The accounts due under the threshold now, never-screened first, then the longest ago. */
    private void publish() {
        Instant now = services.clock().instant();
        Duration maxAge = Duration.ofDays(Math.max(1, maxAgeDays.get()));
        List<QueueRow> due = new ArrayList<>();
        for (Screened s : read) {
            if (s.lastScreened() == null) {
                due.add(new QueueRow(s.accountId(), s.name(), null, messages.get("screening.queue.never"), -1,
                        s.decision(), true));
            } else if (Duration.between(s.lastScreened(), now).compareTo(maxAge) > 0) {
                due.add(new QueueRow(s.accountId(), s.name(), s.lastScreened(), date.format(s.lastScreened()),
                        Duration.between(s.lastScreened(), now).toDays(), s.decision(), false));
            }
        }
        due.sort(Comparator.comparing(QueueRow::never).reversed()
                .thenComparing(QueueRow::lastScreened, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(QueueRow::accountId));
        rows.setAll(due);
        long never = due.stream().filter(QueueRow::never).count();
        summary.set(messages.format("screening.queue.summary", due.size(), never, due.size() - never, read.size(),
                maxAgeDays.get()));
        state.set(due.isEmpty() ? ContentState.EMPTY : ContentState.READY);
    }

    /** Opens the account on its screening tab. */
    public void open(QueueRow row) {
        if (row != null) {
            services.navigator().goTo(Place.of("account", "id", row.accountId(), "tab", "screening"));
        }
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }

    public IntegerProperty maxAgeDaysProperty() {
        return maxAgeDays;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
