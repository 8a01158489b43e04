package io.accountsdesk.app.connections;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.ui.ContentState;
import io.accountsdesk.ui.TimelineLane;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's connections as a workspace: every provider on one timeline with the time spent in each status, the
 * state each provider reports now (read when the tab opens and on demand), and the forms that start, complete,
 * override and set the status of a connection. Every call to the account's settings acts on the account with a
 * token exchanged for it; only the status event, which lives under the partner's path, uses the partner's.
 */
public final class ConnectionsTabViewModel implements io.accountsdesk.app.core.AccountTabModel {

    /** Where one connection stands now, for the list under the timeline. */
    public record ConnectionRow(String connection, String provider, String status, Instant since, String sinceText,
                                String durationText, boolean stuck, String lastEvent) {
    }

    private final SessionServices services;
    private final AccountPageContext page;
    private final Messages messages;
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now", Instant.EPOCH);
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper actingOn = new ReadOnlyStringWrapper(this, "actingOn", "");
    private final ReadOnlyStringWrapper readAt = new ReadOnlyStringWrapper(this, "readAt", "");
    private final ReadOnlyObjectWrapper<ConnectionFormViewModel> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final Map<String, ConnectionHistory> connections = new LinkedHashMap<>();
    private final javafx.beans.value.ChangeListener<Object> preferencesChanged;
    private Cancellable reading = Cancellable.NONE;
    private boolean shown;

    public ConnectionsTabViewModel(SessionServices services, AccountPageContext page) {
        this.services = services;
        this.page = page;
        this.messages = services.messages();
        page.accountIdProperty().addListener((obs, old, id) -> {
            if (id != null && !id.equals(old)) {
                closeForm();
            }
        });
        page.accountProperty().addListener((obs, old, account) -> onAccount(account));
        page.itemProperty().addListener((obs, old, item) -> openDraft(item));
        // A new threshold shows at once: what counts as stuck is the user's choice, not the account's.
        preferencesChanged = (obs, old, now) -> {
            if (page.accountProperty().get() != null) {
                publish();
            }
        };
        services.preferences().currentProperty().addListener(preferencesChanged);
        onAccount(page.accountProperty().get());
        openDraft(page.itemProperty().get());
    }

    /**
     * A link to a draft ({@code draft/klarna.signup}: the operation's id) opens its operation's form, which puts the
     * draft back; the form on show is not replaced.
     */
    private void openDraft(String item) {
        AccountPageContext.draftIn(item).filter(named -> form.get() == null).flatMap(ConnectionOperations::find)
                .ifPresent(this::open);
    }

    private void onAccount(Account account) {
        reading.cancel();
        connections.clear();
        // Nothing of the account shown before may stay beside actions that now act on another.
        message.set("");
        readAt.set("");
        if (account == null) {
            lanes.clear();
            rows.clear();
            actingOn.set(page.accountIdProperty().get() == null ? ""
                    : messages.format("connections.actingOn", page.accountIdProperty().get()));
            state.set(ContentState.LOADING);
            return;
        }
        actingOn.set(messages.format("connections.actingOn", account.accountId()));
        connections.putAll(ConnectionLanes.of(account.connections()));
        publish();
        if (shown) {
            refresh();
        }
    }

    /** The tab was opened: what the providers report is read now, not only what the account document had. */
    @Override
    public void shown() {
        shown = true;
        refresh();
    }

    /** Another tab is shown: the providers are not read again for accounts opened meanwhile. */
    @Override
    public void hidden() {
        shown = false;
    }

    /** The page goes: the tab stops following the session's preferences. */
    @Override
    public void dispose() {
        reading.cancel();
        services.preferences().currentProperty().removeListener(preferencesChanged);
        closeForm();
    }

    /** Reads each connection from its provider's settings route, acting on the account. */
    public void refresh() {
        Account account = page.accountProperty().get();
        if (account == null) {
            return;
        }
        String aid = account.accountId();
        List<ConnectionProvider> providers = connections.keySet().stream()
                .map(ConnectionProvider::ofKey).flatMap(java.util.Optional::stream)
                .filter(ConnectionProvider::canBeRead).distinct().toList();
        if (providers.isEmpty()) {
            return;
        }
        reading.cancel();
        reading = services.tasks().run(messages.format("connections.task.read", aid), task -> {
            Map<String, ConnectionHistory> read = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            int done = 0;
            for (ConnectionProvider provider : providers) {
                task.throwIfCancelled();
                task.progress(done++, providers.size());
                try {
                    read.put(provider.key(), provider.read(services.subAccount(aid, task), aid));
                } catch (ApiException.NotFound gone) {
                    // The account document still lists it; the provider's route no longer has it: leave it out.
                    read.put(provider.key(), null);
                } catch (ApiException failure) {
                    failures.add(messages.format("connections.readFailed",
                            messages.get("connections.provider." + provider.key()), services.errors().describe(failure)));
                }
            }
            return new Read(read, failures);
        }, result -> {
            if (!aid.equals(page.accountIdProperty().get())) {
                return;
            }
            result.connections().forEach((key, connection) -> {
                if (connection == null) {
                    connections.remove(key);
                } else {
                    connections.put(key, connection);
                }
            });
            publish();
            readAt.set(messages.format("connections.readAt", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(messages.locale()).withZone(services.clock().getZone())
                    .format(services.clock().instant())));
            message.set(String.join("\n", result.failures()));
        }, failure -> message.set(messages.format("connections.readFailed", aid, services.errors().describe(failure))));
    }

    private record Read(Map<String, ConnectionHistory> connections, List<String> failures) {
    }

    private void publish() {
        Instant at = services.clock().instant();
        Duration stuckAfter = stuckAfter();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(services.clock().getZone());
        List<TimelineLane> laneList = new ArrayList<>();
        List<ConnectionRow> rowList = new ArrayList<>();
        connections.forEach((key, connection) -> {
            laneList.add(ConnectionLanes.lane(providerLabel(key), connection, at, stuckAfter, messages));
            String status = connection.status() == null ? null : connection.status().value();
            Instant since = ConnectionLanes.sinceOfCurrentStatus(connection);
            Duration duration = since == null ? null : Duration.between(since, at.isBefore(since) ? since : at);
            rowList.add(new ConnectionRow(key, providerLabel(key), status, since,
                    since == null ? "" : format.format(since), ConnectionLanes.durationText(duration, messages),
                    ConnectionLanes.isStuck(status, since, at, stuckAfter), ConnectionLanes.lastEvent(connection, messages)));
        });
        now.set(at);
        lanes.setAll(laneList);
        rows.setAll(rowList);
        state.set(rowList.isEmpty() ? ContentState.EMPTY : ContentState.READY);
    }

    Duration stuckAfter() {
        return Duration.ofDays(services.preferences().current().stuckAfterDays());
    }

    private String providerLabel(String key) {
        return ConnectionLanes.providerLabel(key, messages);
    }

    /** Every signup the app can start, by provider, the deprecated Bambora one last of Bambora's. */
    public List<ConnectionOperation> signups() {
        return ConnectionOperations.all().stream()
                .filter(op -> op.kind() == ConnectionOperation.Kind.SIGNUP).toList();
    }

    /** Every store override the app can add. */
    public List<ConnectionOperation> overrides() {
        return ConnectionOperations.all().stream()
                .filter(op -> op.kind() == ConnectionOperation.Kind.OVERRIDE).toList();
    }

    /** What can be done with the connection in a row: restart, complete, override, set its status. */
    public List<ConnectionOperation> operationsFor(ConnectionRow row) {
        if (row == null) {
            return List.of();
        }
        return ConnectionProvider.ofKey(row.connection()).map(provider -> {
            List<ConnectionOperation> list = new ArrayList<>();
            ConnectionOperations.forProvider(provider).stream()
                    .filter(op -> op.kind() == ConnectionOperation.Kind.CALLBACK
                            || op.kind() == ConnectionOperation.Kind.OVERRIDE
                            || (op.kind() == ConnectionOperation.Kind.RESTART && !"enabled".equals(row.status())))
                    .forEach(list::add);
            provider.eventName().ifPresent(name -> list.add(ConnectionOperations.event(provider)));
            return list;
        }).orElse(List.of());
    }

    /** Opens the form of {@code operation} beside the timeline. */
    public void open(ConnectionOperation operation) {
        String aid = page.accountIdProperty().get();
        if (aid == null) {
            return;
        }
        closeForm();
        form.set(new ConnectionFormViewModel(services, operation, aid, answer -> page.refresh()));
    }

    public void closeForm() {
        if (form.get() != null) {
            form.get().close();
        }
        form.set(null);
    }

    public String operationLabel(ConnectionOperation operation) {
        return labelOf(messages, operation);
    }

    /** The operation as its menu names it ("Start Bambora signup (PayFac)"). */
    static String labelOf(io.accountsdesk.app.core.Messages messages, ConnectionOperation operation) {
        String provider = messages.get("connections.provider." + operation.provider().key());
        String what = messages.format("connections.menu." + operation.kind().name().toLowerCase(java.util.Locale.ROOT),
                provider);
        return switch (operation.id()) {
            case "bambora.payfac" -> what + " (PayFac)";
            case "bambora.direct" -> what + " (Direct)";
            case "bambora.classic" -> what + " — " + messages.get("connections.bambora.classic");
            default -> what;
        };
    }

    public String statusLabel(String status) {
        return Vocabularies.statuses(messages).labelOf(status);
    }

    public ObservableList<TimelineLane> lanes() {
        return lanes;
    }

    public ObservableList<ConnectionRow> rows() {
        return rows;
    }

    /** The moment open spans run to: when the connections were last read. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Which providers could not be read, and why. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Acting on T…": the calls here use the account's own token, and the user sees which account that is. */
    public ReadOnlyStringProperty actingOnProperty() {
        return actingOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readAtProperty() {
        return readAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionFormViewModel> formProperty() {
        return form.getReadOnlyProperty();
    }
}
