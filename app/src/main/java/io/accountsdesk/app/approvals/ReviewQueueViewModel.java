package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.CsvTable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskContext;
import io.accountsdesk.app.preferences.SavedView;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.AccountEventType;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.approvals.ApprovalsApi;
import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddCaseQuery;
import io.accountsdesk.ui.ContentState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 * The review queue: every payments application, seller and CDD case across the sub-accounts that is not in a final
 * state, longest waiting first, with the next reminder Dintero would send. The accounts' {@code approvals} status
 * counts say which accounts have anything waiting (one pass over the account list, page by page); only those
 * accounts' approvals routes are then read, with progress and cancel. Notes and assignments are account events, so a
 * second reviewer sees at once who took a case.
 */
public final class ReviewQueueViewModel implements ScreenModel {

    public static final String SCREEN = "approvals-queue";
    /** The assignee filter's word for "the cases I took". */
    public static final String ME = "me";
    /** The assignee filter's word for "the cases nobody took". */
    public static final String NOBODY = "nobody";
    private static final int PAGE = 100;

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QueueRow> filtered = new FilteredList<>(rows);
    private final SortedList<QueueRow> sorted = new SortedList<>(filtered, Comparator.comparing(QueueRow::waited,
            Comparator.nullsLast(Comparator.reverseOrder())));
    private final StringProperty kind = new SimpleStringProperty(this, "kind", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty manager = new SimpleStringProperty(this, "manager", "");
    private final StringProperty assignee = new SimpleStringProperty(this, "assignee", "");
    private final IntegerProperty minDays = new SimpleIntegerProperty(this, "minDays", 0);
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private final ObservableList<String> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> managers = FXCollections.observableArrayList();
    /** The assignee filter's choices: mine, nobody's, then each reviewer who has taken a case. */
    private final ObservableList<String> assignees = FXCollections.observableArrayList(ME, NOBODY);
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Cancellable loading = Cancellable.NONE;
    private boolean loaded;
    /** Which read is the latest: the rows a cancelled or older read publishes late are not shown. */
    private int loads;

    public ReviewQueueViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        kind.addListener((obs, old, now) -> filter());
        status.addListener((obs, old, now) -> filter());
        manager.addListener((obs, old, now) -> filter());
        assignee.addListener((obs, old, now) -> filter());
        minDays.addListener((obs, old, now) -> filter());
    }

    @Override
    public void activate(Place place) {
        kind.set(place.param("kind", ""));
        status.set(place.param("status", ""));
        manager.set(place.param("manager", ""));
        assignee.set(place.param("assignee", ""));
        minDays.set(parseDays(place.param("age", "0")));
        if (!loaded) {
            refresh();
        }
    }

    private static int parseDays(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @Override
    public void dispose() {
        loading.cancel();
    }

    /** The queue's filters as a place: what a saved view keeps and the sidebar opens. */
    public Place place() {
        List<String> params = new ArrayList<>();
        add(params, "kind", kind.get());
        add(params, "status", status.get());
        add(params, "manager", manager.get());
        add(params, "assignee", assignee.get());
        add(params, "age", minDays.get() > 0 ? String.valueOf(minDays.get()) : "");
        return Place.of(SCREEN, params.toArray(String[]::new));
    }

    private static void add(List<String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.add(key);
            params.add(value);
        }
    }

    /** Keeps the filters under {@code name}, one click away in the sidebar and the palette. */
    public void saveView(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        SavedView view = new SavedView(name, place().toText());
        services.preferences().update(p -> p.withSavedView(view));
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format("approvals.queue.saved", name));
    }

    /** Asks for a name, then keeps the filters as a saved view. */
    public void saveViewAs() {
        services.dialogs().prompt(messages.get("approvals.queue.saveView"), messages.get("approvals.queue.viewName"),
                "").ifPresent(this::saveView);
    }

    /** The reviewer this session acts as: the client it signed in with, which is what the account events record. */
    public String me() {
        return services.session().client().config().credentials().clientId();
    }

    /** Reads the queue again; the previous rows stay on screen until the new read is complete. */
    public void refresh() {
        loading.cancel();
        error.set("");
        if (rows.isEmpty()) {
            state.set(ContentState.LOADING);
        }
        Instant at = services.clock().instant();
        int load = ++loads;
        // The first look shows each account's cases as they are read; a refresh keeps the last look until it is done.
        boolean progressive = !loaded;
        loading = services.tasks().run(BackgroundTask.of(messages.get("approvals.queue.task"), task -> {
            task.message(messages.get("approvals.queue.task.candidates"));
            List<Account> candidates = new ArrayList<>();
            try (var accounts = services.api(task).accounts().stream(AccountQuery.all().withLimit(PAGE),
                    task.cancellation())) {
                accounts.filter(ReviewQueueViewModel::hasOpenApprovals).forEach(candidates::add);
            }
            List<QueueRow> found = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                task.throwIfCancelled();
                Account account = candidates.get(i);
                task.message(messages.format("approvals.queue.task.account", account.accountId()));
                task.progress(i, candidates.size());
                List<QueueRow> ofAccount = rowsOf(account, at, task);
                found.addAll(ofAccount);
                if (progressive && !ofAccount.isEmpty()) {
                    task.onUiThread(() -> {
                        if (load == loads && !loaded) {
                            rows.addAll(ofAccount);
                            state.set(ContentState.READY);
                        }
                    });
                }
            }
            task.progress(candidates.size(), candidates.size());
            return found;
        }).onSuccess(found -> show(found, at))
                .onFailure(failure -> {
                    error.set(messages.format("approvals.queue.error", services.errors().describe(failure)));
                    if (rows.isEmpty()) {
                        state.set(ContentState.ERROR);
                    }
                }));
    }

    /** Whether the account's approvals counters name a status that is not final with a count above nought. */
    static boolean hasOpenApprovals(Account account) {
        return open(account.approvalsPaymentsStatuses()) || open(account.approvalsPayoutDestinationsStatuses());
    }

    private static boolean open(Map<String, Integer> counts) {
        return counts != null && counts.entrySet().stream().anyMatch(e -> e.getValue() != null && e.getValue() > 0
                && !ReviewStatuses.isFinal(e.getKey().toUpperCase(Locale.ROOT)));
    }

    private List<QueueRow> rowsOf(Account account, Instant at, TaskContext task) {
        String aid = account.accountId();
        ApprovalsApi approvals = services.subAccount(aid, task).approvals();
        List<ApprovalCase> cases = new ArrayList<>();
        approvals.paymentsApprovals(aid, ReviewStatuses.open()).forEach(p -> cases.add(ApprovalCases.of(aid, p)));
        approvals.payoutDestinations(aid, null, ReviewStatuses.open()).forEach(s -> cases.add(ApprovalCases.of(aid, s)));
        List<CddCase> cddCases = approvals.cddCases(aid, CddCaseQuery.all().withCaseStatuses(ReviewStatuses.open()));
        Set<String> applications = cases.stream().map(ApprovalCase::id).collect(Collectors.toCollection(HashSet::new));
        List<ApprovalCase> withCdd = new ArrayList<>();
        for (ApprovalCase application : cases) {
            // An application is a CDD case underneath: its signature link may only be on the case.
            String link = application.signatureLink();
            if (link == null) {
                link = cddCases.stream().filter(c -> c.caseRequest() != null
                                && application.id().equals(c.caseRequest().referenceId()))
                        .map(ApprovalCases::contractUrl).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            withCdd.add(new ApprovalCase(aid, application.kind(), application.id(), application.title(),
                    application.status(), application.covers(), application.since(), link, null));
        }
        // A CDD case behind an application listed above is that application: it is not queued twice.
        cddCases.stream().map(c -> ApprovalCases.of(aid, c))
                .filter(c -> c.referenceId() == null || !applications.contains(c.referenceId()))
                .forEach(withCdd::add);
        Map<String, String> assigned = withCdd.isEmpty() ? Map.of() : assignees(aid, task);
        String manager = account.accountManager() == null || account.accountManager().email() == null ? ""
                : account.accountManager().email();
        return withCdd.stream().map(c -> row(account, manager, c, at, assigned.getOrDefault(c.key(), "")))
                .toList();
    }

    private Map<String, String> assignees(String aid, TaskContext task) {
        try (var events = services.api(task).accounts().streamEvents(aid,
                AccountEventQuery.all().withTypes(List.of(AccountEventType.COMMENT)), task.cancellation())) {
            List<AccountEvent> list = events.toList();
            return CaseNotes.assignees(list);
        }
    }

    private QueueRow row(Account account, String manager, ApprovalCase c, Instant at, String who) {
        Duration waited = c.since() == null ? null : Duration.between(c.since(), at.isBefore(c.since()) ? c.since() : at);
        Optional<ReminderSchedule.Next> next = ReminderSchedule.next(c.status(), waited);
        return new QueueRow(account.accountId(), account.name(), manager, c.kind(), c.id(), c.title(), c.status(),
                c.since(), waited, waited == null ? "" : DurationText.of(waited, messages),
                next.map(n -> messages.format("approvals.queue.reminder", DurationText.of(n.after(), messages),
                        DurationText.of(n.in(), messages))).orElse(""),
                next.map(ReminderSchedule.Next::in).orElse(null), c.signatureLink(), who);
    }

    private void show(List<QueueRow> found, Instant at) {
        QueueRow was = selected();
        rows.setAll(found);
        loaded = true;
        statuses.setAll(found.stream().map(QueueRow::status).filter(java.util.Objects::nonNull).distinct().sorted()
                .toList());
        managers.setAll(found.stream().map(QueueRow::manager).filter(m -> !m.isBlank()).distinct().sorted().toList());
        updateAssignees();
        summary.set(messages.format("approvals.queue.summary", found.size(), java.time.format.DateTimeFormatter
                .ofLocalizedTime(java.time.format.FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(services.clock().getZone()).format(at)));
        state.set(found.isEmpty() ? ContentState.EMPTY : ContentState.READY);
        filter();
        if (was != null) {
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).key().equals(was.key())) {
                    current.set(i);
                    return;
                }
            }
        }
        current.set(sorted.isEmpty() ? -1 : 0);
    }

    private void updateAssignees() {
        List<String> now = new ArrayList<>(List.of(ME, NOBODY));
        rows.stream().map(QueueRow::assignee).filter(a -> !a.isBlank()).distinct().sorted().forEach(now::add);
        if (!now.equals(assignees)) {
            assignees.setAll(now);
        }
    }

    private void filter() {
        Predicate<QueueRow> predicate = row -> true;
        if (!kind.get().isBlank()) {
            predicate = predicate.and(row -> row.kind().id().equals(kind.get()));
        }
        if (!status.get().isBlank()) {
            predicate = predicate.and(row -> status.get().equals(row.status()));
        }
        if (!manager.get().isBlank()) {
            predicate = predicate.and(row -> row.manager().equals(manager.get()));
        }
        if (!assignee.get().isBlank()) {
            String who = assignee.get();
            predicate = predicate.and(row -> switch (who) {
                case ME -> row.assignee().equals(me());
                case NOBODY -> row.assignee().isBlank();
                default -> row.assignee().equals(who);
            });
        }
        if (minDays.get() > 0) {
            Duration min = Duration.ofDays(minDays.get());
            predicate = predicate.and(row -> row.waited() != null && row.waited().compareTo(min) >= 0);
        }
        filtered.setPredicate(predicate);
        if (current.get() >= sorted.size()) {
            current.set(sorted.size() - 1);
        }
    }

    /** J: the next row. */
    public void next() {
        if (!sorted.isEmpty()) {
            current.set(Math.min(sorted.size() - 1, current.get() + 1));
        }
    }

    /** K: the row before. */
    public void previous() {
        if (!sorted.isEmpty()) {
            current.set(Math.max(0, current.get() - 1));
        }
    }

    /** The row the keyboard is on, or {@code null}. */
    public QueueRow selected() {
        int i = current.get();
        return i >= 0 && i < sorted.size() ? sorted.get(i) : null;
    }

    /** Enter: opens the case on its account's Approvals tab. */
    public void open(QueueRow row) {
        if (row != null) {
            services.navigator().goTo(Place.of("account", "id", row.accountId(), "tab", "approvals", "item",
                    row.kind().id() + "/" + row.id()));
        }
    }

    /** N: asks for a note and adds it to the account's events, naming the case. */
    public void addNote(QueueRow row) {
        if (row == null) {
            return;
        }
        services.dialogs().prompt(messages.format("approvals.queue.noteTitle", row.title()),
                messages.get("approvals.queue.note"), "").filter(text -> !text.isBlank())
                .ifPresent(text -> addNote(row, text));
    }

    void addNote(QueueRow row, String text) {
        services.tasks().run(messages.format("approvals.queue.task.note", row.accountId()), task ->
                services.api(task).accounts().addEvent(row.accountId(),
                        NewAccountEvent.comment(CaseNotes.note(row.kind(), row.id(), text))), added ->
                services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("approvals.queue.noted", row.accountId())), failure ->
                services.dialogs().showError(messages.get("approvals.queue.note"),
                        services.errors().describe(failure)));
    }

    /** Takes the case: recorded as an account event, so another reviewer sees it is taken. */
    public void assignToMe(QueueRow row) {
        if (row == null) {
            return;
        }
        String me = me();
        if (!row.assignee().isBlank() && !row.assignee().equals(me) && !services.dialogs().confirm(
                messages.get("approvals.queue.assign"), messages.format("approvals.queue.takeOver", row.assignee()),
                messages.get("approvals.queue.assign"))) {
            return;
        }
        services.tasks().run(messages.format("approvals.queue.task.assign", row.accountId()), task ->
                services.api(task).accounts().addEvent(row.accountId(),
                        NewAccountEvent.comment(CaseNotes.assignment(row.kind(), row.id(), me))), added -> {
            int index = rows.indexOf(row);
            if (index >= 0) {
                rows.set(index, row.withAssignee(me));
            }
            updateAssignees();
            services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                    messages.format("approvals.queue.assigned", row.title()));
        }, failure -> services.dialogs().showError(messages.get("approvals.queue.assign"),
                services.errors().describe(failure)));
    }

    /** C: the link to copy, and tells the user what was copied, or that there is nothing to copy. */
    public Optional<String> linkToCopy(QueueRow row) {
        if (row == null || row.signatureLink() == null || row.signatureLink().isBlank()) {
            services.dialogs().notify(DialogService.NoticeKind.WARNING, messages.get("approvals.queue.noLink"));
            return Optional.empty();
        }
        services.dialogs().notify(DialogService.NoticeKind.INFO, messages.get("approvals.queue.copied"));
        return Optional.of(row.signatureLink());
    }

    /** Asks where, then writes the rows the filters show as CSV. */
    public void exportCsv() {
        services.dialogs().chooseSaveFile(messages.get("approvals.queue.export"), "review-queue.csv",
                        List.of(new DialogService.FileType("CSV", List.of("*.csv"))))
                .ifPresent(this::exportCsv);
    }

    public void exportCsv(Path target) {
        List<QueueRow> shown = List.copyOf(sorted);
        services.tasks().run(BackgroundTask.of(messages.get("approvals.queue.export"), task -> {
            CsvTable.write(target, List.of("account_id", "account_name", "kind", "case_id", "title", "status",
                    "since", "hours_in_status", "next_reminder", "signature_link", "account_manager", "assignee"),
                    shown.stream().map(row -> List.of(row.accountId(), nullToEmpty(row.accountName()),
                            row.kind().id(), row.id(), nullToEmpty(row.title()), nullToEmpty(row.status()),
                            row.since() == null ? "" : row.since().toString(),
                            row.waited() == null ? "" : String.valueOf(row.waited().toHours()), row.nextReminder(),
                            nullToEmpty(row.signatureLink()), row.manager(), row.assignee())).toList());
            return shown.size();
        }).onSuccess(count -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.format("approvals.queue.exported", count, target.getFileName())))
                .onFailure(failure -> services.dialogs().showError(messages.get("approvals.queue.export"),
                        services.errors().describe(failure))));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String kindLabel(CaseKind value) {
        return value == null ? "" : messages.get("approvals.kind." + value.id());
    }

    public String statusLabel(String value) {
        return Vocabularies.caseStatuses(messages).labelOf(value);
    }

    public SortedList<QueueRow> rows() {
        return sorted;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty managerProperty() {
        return manager;
    }

    public StringProperty assigneeProperty() {
        return assignee;
    }

    public IntegerProperty minDaysProperty() {
        return minDays;
    }

    /** The index in {@link #rows()} the keyboard is on; -1 when none. */
    public IntegerProperty currentProperty() {
        return current;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObservableList<String> managers() {
        return managers;
    }

    public ObservableList<String> assignees() {
        return assignees;
    }

    /** How an assignee choice reads: "Assigned to me", "Not assigned", or the reviewer. */
    public String assigneeLabel(String value) {
        return ME.equals(value) || NOBODY.equals(value) ? messages.get("approvals.queue.assignee." + value) : value;
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
