package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.ui.ContentState;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An account's event log, newest first, a page at a time, and the box that adds an internal note to it. The seed
 * knows one kind of event, the private comment, which is what a note is.
 */
public final class AccountEventsViewModel {

    static final int PAGE_SIZE = 20;

    /** One event as the list shows it. */
    public record EventRow(String id, String when, String by, String type, String body, String visibility) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper loadingMore = new ReadOnlyBooleanWrapper(this, "loadingMore");
    private final Form noteForm;
    private final FormField<String> note;
    private String accountId;
    private String cursor;
    private boolean fetched;
    private Cancellable running = Cancellable.NONE;

    public AccountEventsViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(services.clock().getZone());
        this.noteForm = Form.forNew(messages);
        // The seed's create-event body: body is required, event_type comment, visibility private.
        this.note = noteForm.add(FormField.text("body", messages.get("events.note.label"), ""))
                .validatedBy(new Validators(messages).required());
    }

    /**
     * The page now shows {@code id}: its events are fetched once the tab is looked at ({@link #fetchOnce()}), and a
     * note begun on another account is not carried over.
     */
    public void open(String id) {
        running.cancel();
        if (!id.equals(accountId)) {
            discardNote();
        }
        accountId = id;
        fetched = false;
        cursor = null;
        rows.clear();
        hasMore.set(false);
        loadingMore.set(false);
        state.set(ContentState.LOADING);
    }

    /** Fetches the first page unless it was fetched since the account was opened. */
    public void fetchOnce() {
        if (!fetched && accountId != null) {
            load(accountId);
        }
    }

    /** Shows the first page of {@code id}'s events, fetched now. */
    public void load(String id) {
        open(id);
        fetched = true;
        String forAccount = id;
        running = services.tasks().run(messages.format("events.task.load", id),
                task -> services.api(task).accounts().events(forAccount, query(), null),
                page -> {
                    if (forAccount.equals(accountId)) {
                        append(page);
                        state.set(rows.isEmpty() ? ContentState.EMPTY : ContentState.READY);
                    }
                },
                failure -> {
                    if (forAccount.equals(accountId)) {
                        errorMessage.set(messages.format("events.error.load", services.errors().describe(failure)));
                        state.set(ContentState.ERROR);
                    }
                });
    }

    public void reload() {
        if (accountId != null) {
            load(accountId);
        }
    }

    /** The next (older) page. */
    public void loadMore() {
        if (!hasMore.get() || loadingMore.get() || accountId == null) {
            return;
        }
        String forAccount = accountId;
        String after = cursor;
        loadingMore.set(true);
        running = services.tasks().run(BackgroundTask.of(messages.format("events.task.loadMore", forAccount),
                        task -> services.api(task).accounts().events(forAccount, query(), after))
                .onSuccess(page -> {
                    if (forAccount.equals(accountId)) {
                        append(page);
                    }
                })
                .onFailure(failure -> services.dialogs().notify(DialogService.NoticeKind.ERROR,
                        messages.format("events.error.loadMore", services.errors().describe(failure))))
                .onFinished(() -> loadingMore.set(false)));
    }

    private static AccountEventQuery query() {
        return AccountEventQuery.all().withLimit(PAGE_SIZE);
    }

    private void append(Page<AccountEvent> page) {
        page.items().forEach(event -> rows.add(row(event)));
        cursor = page.nextCursor();
        hasMore.set(page.hasMore());
    }

    private EventRow row(AccountEvent event) {
        String typeText = Vocabularies.word(messages, "events.type.",
                event.eventType() == null ? null : event.eventType().value());
        String visibilityText = Vocabularies.word(messages, "events.visibility.",
                event.visibility() == null ? null : event.visibility().value());
        return new EventRow(event.id(), event.createdAt() == null ? null : dateTime.format(event.createdAt()),
                event.createdBy(), typeText, readable(event.body()), visibilityText);
    }

    /**
     * A line the app writes for itself into an event (a screening's {@code [screening kind=decision …]}, what was
     * sent with it): the seed's only event is a comment, so features keep their facts there in brackets. People read
     * the lines around it.
     */
    private static final java.util.regex.Pattern APP_LINE = java.util.regex.Pattern.compile(
            "^\\[(?:screening|approvals)(?:-[a-z]+)?(?: .*)?]$");

    static String readable(String body) {
        if (body == null) {
            return null;
        }
        return String.join("\n", body.strip().lines().filter(line -> !APP_LINE.matcher(line.strip()).matches())
                .toList()).strip();
    }

    /** Adds the typed note as a private comment; it appears at the top of the list once the server has it. */
    public void addNote() {
        if (accountId == null || noteForm.busyProperty().get() || !noteForm.validateAll()) {
            return;
        }
        String forAccount = accountId;
        NewAccountEvent event = NewAccountEvent.comment(note.value().strip());
        noteForm.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("events.task.add", forAccount),
                        task -> services.api(task).accounts().addEvent(forAccount, event))
                .onSuccess(added -> {
                    if (forAccount.equals(accountId)) {
                        rows.add(0, row(added));
                        state.set(ContentState.READY);
                        note.reset("");
                    }
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                            messages.format("events.note.added", forAccount));
                })
                .onFailure(noteForm::showServerErrors)
                .onFinished(() -> noteForm.busyProperty().set(false)));
    }

    /** Empties the note box, its messages with it. */
    public void discardNote() {
        note.reset("");
        noteForm.clearFormError();
    }

    public void dispose() {
        running.cancel();
    }

    public FormField<String> note() {
        return note;
    }

    public Form noteForm() {
        return noteForm;
    }

    public ObservableList<EventRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore.getReadOnlyProperty();
    }
}
