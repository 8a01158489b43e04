package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountEvent;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.AccountEventType;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.paging.Page;
import io.accountsdesk.client.screening.match.MatchMerchant;
import io.accountsdesk.client.screening.match.MatchResult;
import io.accountsdesk.client.screening.match.MatchTerminationRequest;
import io.accountsdesk.client.screening.match.MatchTerminationResult;
import io.accountsdesk.client.screening.vmss.VmssMerchant;
import io.accountsdesk.client.screening.vmss.VmssSearchResponse;
import io.accountsdesk.ui.ContentState;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's screening: the form prefilled from the account, a MATCH or VMSS search run on the account (with the
 * account's own token: the routes are under {@code /accounts/{aid}}), the possible matches as cards a page at a time,
 * the inquiries and decisions kept in the account's event log (under the partner's path), and the report of a
 * terminated merchant to MATCH.
 *
 * <p>A MATCH search is one inquiry: its later pages are read by its IRN, never by searching again, which MATCH would
 * count as another inquiry.
 */
public final class ScreeningTabViewModel implements io.accountsdesk.app.core.AccountTabModel {

    /**
     * A past inquiry as the history lists it.
     *
     * @param sent the merchant as that inquiry sent it, or {@code null} when the event did not keep it
     */
    public record HistoryRow(Register register, String reference, String when, String by, int total,
                             boolean reopenable, MatchMerchant sent) {
    }

    /** A decision as the list shows it: the newest is current, every earlier one superseded. */
    public record DecisionRow(Outcome outcome, String outcomeText, Register register, String reference, String reason,
                              String when, String by, boolean current) {
    }

    /** How many event pages the history reads at most (100 events each): a long log's oldest screenings wait. */
    static final int HISTORY_PAGES = 10;

    private final SessionServices services;
    private final AccountPageContext page;
    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final ScreeningForm form;
    private final TerminationForm termination;
    private final DecisionForm decision;
    private final MatchCards matchCards;
    private final VmssCards vmssCards;
    /** Writes and reads the merchant an inquiry sent, in the request's own JSON. */
    private final com.fasterxml.jackson.databind.ObjectMapper json = io.accountsdesk.client.json.Json.newMapper();
    private final ObservableList<ScreeningCard> cards = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<String> references = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> resultState = new ReadOnlyObjectWrapper<>(this, "resultState",
            ContentState.EMPTY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper actingOn = new ReadOnlyStringWrapper(this, "actingOn", "");
    private final ReadOnlyStringWrapper currentDecision = new ReadOnlyStringWrapper(this, "currentDecision", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyObjectWrapper<Register> register = new ReadOnlyObjectWrapper<>(this, "register");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper(this, "reference", "");
    private String filledFor;
    private MatchMerchant sentMatch;
    private VmssMerchant sentVmss;
    private int offset;
    private int limit = io.accountsdesk.client.screening.match.MatchApi.DEFAULT_LIMIT;
    private Integer total;
    private boolean shown;
    private Cancellable running = Cancellable.NONE;
    private Cancellable reading = Cancellable.NONE;

    public ScreeningTabViewModel(SessionServices services, AccountPageContext page) {
        this.services = services;
        this.page = page;
        this.messages = services.messages();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(services.clock().getZone());
        this.form = new ScreeningForm(messages);
        this.termination = new TerminationForm(messages);
        this.decision = new DecisionForm(messages);
        this.matchCards = new MatchCards(messages);
        this.vmssCards = new VmssCards(messages);
        page.accountProperty().addListener((obs, old, account) -> onAccount(account));
        onAccount(page.accountProperty().get());
    }

    /**
     * The page shows an account: a new one fills the form and drops the last one's results; the same one read again
     * (a tab changed it) keeps what the reviewer typed and saw.
     */
    private void onAccount(Account account) {
        String aid = page.accountIdProperty().get();
        actingOn.set(aid == null ? "" : messages.format("screening.actingOn", aid));
        if (account == null) {
            return;
        }
        if (!account.accountId().equals(filledFor)) {
            running.cancel();
            filledFor = account.accountId();
            form.fill(ScreeningSubject.of(account));
            termination.reset(form.mcc.value());
            clearResult();
            history.clear();
            decisions.clear();
            references.clear();
            currentDecision.set("");
            message.set("");
            decision.clear(List.of());
        }
        if (shown) {
            loadHistory();
        }
    }

    @Override
    public void shown() {
        shown = true;
        loadHistory();
    }

    @Override
    public void hidden() {
        shown = false;
    }

    @Override
    public void dispose() {
        running.cancel();
        reading.cancel();
    }

    private String accountId() {
        return page.accountIdProperty().get();
    }

    private void clearResult() {
        cards.clear();
        sentMatch = null;
        sentVmss = null;
        total = null;
        offset = 0;
        register.set(null);
        reference.set("");
        summary.set("");
        hasNext.set(false);
        hasPrevious.set(false);
        resultState.set(ContentState.EMPTY);
    }

    // ---- searching ------------------------------------------------------------------------------------------------

    /** Runs a MATCH inquiry with the form's merchant and scope; its IRN is kept on the account. */
    public void searchMatch() {
        String aid = accountId();
        if (aid == null || busy.get() || !form.validate()) {
            return;
        }
        var request = form.matchRequest();
        int pageSize = form.pageSize();
        start();
        running = services.tasks().run(BackgroundTask.of(messages.format("screening.task.match", aid),
                        task -> {
                            MatchResult result = services.subAccount(aid, task).match()
                                    .searchResult(aid, request, null, pageSize);
                            Integer count = result.totalMatches();
                            String irn = result.inquiryReferenceNumber();
                            String saved = irn == null ? null : keep(services.api(task), aid,
                                    new ScreeningEvent.Inquiry(Register.MATCH, irn, count == null ? 0 : count,
                                            json.writeValueAsString(request.merchant())));
                            return new Searched<>(result, saved);
                        })
                .onSuccess(searched -> {
                    if (!aid.equals(accountId())) {
                        return;
                    }
                    sentMatch = request.merchant();
                    sentVmss = null;
                    limit = pageSize;
                    showMatch(searched.result(), 0);
                    afterKeeping(searched.keepFailure());
                })
                .onFailure(failure -> failed(aid, failure))
                .onFinished(() -> busy.set(false)));
    }

    /** Runs a VMSS search with the same merchant in Visa's names; its reference is kept on the account. */
    public void searchVmss() {
        String aid = accountId();
        if (aid == null || busy.get() || !form.validate()) {
            return;
        }
        var request = form.vmssRequest();
        start();
        running = services.tasks().run(BackgroundTask.of(messages.format("screening.task.vmss", aid),
                        task -> {
                            VmssSearchResponse response = services.subAccount(aid, task).vmss().search(aid, request);
                            String ref = vmssReference(response);
                            String saved = ref == null ? null : keep(services.api(task), aid,
                                    new ScreeningEvent.Inquiry(Register.VMSS, ref, response.matchedRecords().size()));
                            return new Searched<>(response, saved);
                        })
                .onSuccess(searched -> {
                    if (!aid.equals(accountId())) {
                        return;
                    }
                    sentVmss = request.merchant();
                    sentMatch = null;
                    showVmss(searched.result());
                    afterKeeping(searched.keepFailure());
                })
                .onFailure(failure -> failed(aid, failure))
                .onFinished(() -> busy.set(false)));
    }

    /** A result and, when keeping its reference on the account failed, why (the result still shows). */
    private record Searched<T>(T result, String keepFailure) {
    }

    private static String vmssReference(VmssSearchResponse response) {
        var terminated = response.searchTerminatedResponse();
        return terminated == null || terminated.searchRequestRef() == null ? null
                : terminated.searchRequestRef().searchRequestRefId();
    }

    /** Writes a screening event; answers why it failed, or {@code null}: a search must not be lost to its log line. */
    private String keep(ApiClient partner, String aid, ScreeningEvent event) {
        try {
            partner.accounts().addEvent(aid, NewAccountEvent.comment(event.body(messages)));
            return null;
        } catch (RuntimeException failure) {
            return services.errors().describe(failure);
        }
    }

    private void afterKeeping(String keepFailure) {
        if (keepFailure != null) {
            message.set(messages.format("screening.keepFailed", keepFailure));
        }
        loadHistory();
    }

    private void start() {
        busy.set(true);
        message.set("");
        form.form().clearFormError();
        resultState.set(ContentState.LOADING);
    }

    private void failed(String aid, Throwable failure) {
        if (!aid.equals(accountId())) {
            return;
        }
        // A 400 names the fields it refused; they show on the form. Anything else is said once, above the results.
        if (failure instanceof io.accountsdesk.client.http.ApiException.Validation) {
            form.form().showServerErrors(failure);
        }
        message.set(messages.format("screening.searchFailed", services.errors().describe(failure)));
        resultState.set(cards.isEmpty() ? ContentState.ERROR : ContentState.READY);
    }

    /** The next page of the inquiry shown, read by its IRN. */
    public void nextPage() {
        if (hasNext.get()) {
            readInquiry(reference.get(), offset + limit);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            readInquiry(reference.get(), Math.max(0, offset - limit));
        }
    }

    /** Opens an earlier MATCH inquiry again; the sent column then shows the form as it is now. */
    public void reopen(HistoryRow row) {
        if (row == null || !row.reopenable()) {
            return;
        }
        // What the inquiry sent, as its event kept it; an event without it is compared with the form as it is now.
        if (row.sent() != null) {
            sentMatch = row.sent();
        } else if (sentMatch == null || !row.reference().equals(reference.get())) {
            sentMatch = form.matchMerchant();
        }
        sentVmss = null;
        if (form.pageSize.errorProperty().get().isEmpty() && !Texts.blank(form.pageSize.value())) {
            limit = form.pageSize();
        }
        readInquiry(row.reference(), 0);
    }

    private void readInquiry(String irn, int at) {
        String aid = accountId();
        if (aid == null || irn == null || irn.isBlank() || busy.get()) {
            return;
        }
        int pageSize = limit;
        start();
        running = services.tasks().run(BackgroundTask.of(messages.format("screening.task.inquiry", irn),
                        task -> services.subAccount(aid, task).match().inquiryResult(aid, irn, at, pageSize))
                .onSuccess(result -> {
                    if (aid.equals(accountId())) {
                        showMatch(result, at);
                    }
                })
                .onFailure(failure -> failed(aid, failure))
                .onFinished(() -> busy.set(false)));
    }

    private void showMatch(MatchResult result, int at) {
        offset = at;
        total = result.totalMatches();
        register.set(Register.MATCH);
        reference.set(result.inquiryReferenceNumber() == null ? "" : result.inquiryReferenceNumber());
        List<ScreeningCard> all = matchCards.cards(sentMatch, result.merchants());
        publish(all, result.merchants().size());
    }

    private void showVmss(VmssSearchResponse response) {
        offset = 0;
        register.set(Register.VMSS);
        reference.set(vmssReference(response) == null ? "" : vmssReference(response));
        var possible = response.searchTerminatedResponse() == null ? null
                : response.searchTerminatedResponse().possibleMatches();
        total = possible == null || possible.totalCount() == null ? response.matchedRecords().size()
                : possible.totalCount();
        publish(vmssCards.cards(sentVmss, response.matchedRecords()), response.matchedRecords().size());
    }

    /** Shows the cards with at least the asked number of matching fields, and says what was left out. */
    private void publish(List<ScreeningCard> all, int onPage) {
        int min = minMatches();
        List<ScreeningCard> shownCards = all.stream().filter(card -> card.matched() >= min).toList();
        cards.setAll(shownCards);
        int count = total == null ? onPage : total;
        String what = register.get() == Register.MATCH
                ? messages.format("screening.summary.match", reference.get(), count)
                : messages.format("screening.summary.vmss", reference.get(), count);
        String range = onPage == 0 ? "" : " " + messages.format("screening.summary.range", offset + 1,
                offset + onPage, count);
        String hidden = shownCards.size() < all.size()
                ? " " + messages.format("screening.summary.hidden", all.size() - shownCards.size(), min) : "";
        summary.set(what + range + hidden);
        hasPrevious.set(register.get() == Register.MATCH && offset > 0);
        hasNext.set(register.get() == Register.MATCH && offset + onPage < count && onPage > 0);
        resultState.set(shownCards.isEmpty() ? ContentState.EMPTY : ContentState.READY);
        // The decision rests on what the reviewer sees now, unless they choose an earlier screening.
        if (!reference.get().isEmpty()) {
            String shownNow = DecisionForm.referenceValue(register.get(), reference.get());
            if (!references.contains(shownNow)) {
                references.add(0, shownNow);
            }
            decision.reference.set(shownNow);
        }
    }

    private int minMatches() {
        try {
            return Math.max(1, form.minMatches());
        } catch (RuntimeException notANumber) {
            return 1;
        }
    }

    // ---- history and decisions --------------------------------------------------------------------------------------

    /** Reads the account's screening events: its inquiries and decisions. */
    public void loadHistory() {
        String aid = accountId();
        if (aid == null) {
            return;
        }
        reading.cancel();
        reading = services.tasks().run(BackgroundTask.of(messages.format("screening.task.history", aid),
                        task -> readHistory(services.api(task), aid, HISTORY_PAGES))
                .onSuccess(read -> {
                    if (aid.equals(accountId())) {
                        showHistory(read);
                    }
                })
                .onFailure(failure -> message.set(messages.format("screening.historyFailed",
                        services.errors().describe(failure)))));
    }

    /** Every screening event of {@code aid}, newest first, from up to {@code pages} pages of its log. */
    static ScreeningHistory readHistory(ApiClient partner, String aid, int pages) {
        List<AccountEvent> events = new ArrayList<>();
        String cursor = null;
        AccountEventQuery query = AccountEventQuery.all().withTypes(List.of(AccountEventType.COMMENT))
                .withLimit(AccountQuery.MAX_LIMIT);
        for (int i = 0; i < pages; i++) {
            Page<AccountEvent> read = partner.accounts().events(aid, query, cursor);
            events.addAll(read.items());
            if (!read.hasMore()) {
                break;
            }
            cursor = read.nextCursor();
        }
        return ScreeningHistory.of(events);
    }

    private void showHistory(ScreeningHistory read) {
        List<HistoryRow> rows = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (ScreeningHistory.Entry entry : read.inquiries()) {
            ScreeningEvent.Inquiry inquiry = (ScreeningEvent.Inquiry) entry.event();
            rows.add(new HistoryRow(inquiry.register(), inquiry.reference(), when(entry.at()), entry.by(),
                    inquiry.total(), inquiry.register() == Register.MATCH, sentMerchant(inquiry.sent())));
            refs.add(DecisionForm.referenceValue(inquiry.register(), inquiry.reference()));
        }
        history.setAll(rows);
        List<DecisionRow> list = new ArrayList<>();
        boolean first = true;
        for (ScreeningHistory.Entry entry : read.decisions()) {
            ScreeningEvent.Decision d = (ScreeningEvent.Decision) entry.event();
            list.add(new DecisionRow(d.outcome(), messages.get("screening.outcome." + d.outcome().id()), d.register(),
                    d.reference(), d.reason(), when(entry.at()), entry.by(), first));
            first = false;
        }
        decisions.setAll(list);
        currentDecision.set(list.isEmpty() ? messages.get("screening.decision.none")
                : messages.format("screening.decision.current", list.get(0).outcomeText(), list.get(0).register().name(),
                list.get(0).reference(), list.get(0).when()));
        String chosen = java.util.Objects.requireNonNullElse(decision.reference.value(), "");
        // The reference's list box clears its value when its items change, and writes null into the field: the
        // choice made before the history came back is put back, not lost (the fault soak met the null here).
        references.setAll(refs);
        if (!chosen.isEmpty() && !references.contains(chosen)) {
            references.add(0, chosen);
        }
        String now = decision.reference.value();
        if (now == null || now.isEmpty()) {
            decision.reference.set(!chosen.isEmpty() || references.isEmpty() ? chosen : references.get(0));
        }
    }

    /** The kept request's merchant, or {@code null} when there is none or it cannot be read (edited by hand). */
    private MatchMerchant sentMerchant(String sent) {
        if (sent == null) {
            return null;
        }
        try {
            return json.readValue(sent, MatchMerchant.class);
        } catch (java.io.IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private String when(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }

    /** Records the reviewer's decision as an account event; it cannot be changed afterwards, only followed. */
    public void recordDecision() {
        String aid = accountId();
        if (aid == null || decision.form().busyProperty().get() || !decision.form().validateAll()) {
            return;
        }
        ScreeningEvent.Decision made = decision.decision();
        decision.form().busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("screening.task.decision", aid),
                        task -> services.api(task).accounts().addEvent(aid, NewAccountEvent.comment(made.body(messages))))
                .onSuccess(added -> {
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.format(
                            "screening.decision.recorded", messages.get("screening.outcome." + made.outcome().id()), aid));
                    if (aid.equals(accountId())) {
                        decision.outcome.reset("");
                        decision.reason.reset("");
                        // The page's events tab shows the new event too: the page reads the account (and its log) again.
                        page.refresh();
                        loadHistory();
                    }
                })
                .onFailure(decision.form()::showServerErrors)
                .onFinished(() -> decision.form().busyProperty().set(false)));
    }

    // ---- reporting a terminated merchant ------------------------------------------------------------------------------

    /** What reporting would send, a line a field; empty when the form has errors (they show on the fields). */
    public List<String> reviewTermination() {
        boolean merchantOk = form.validate();
        boolean terminationOk = termination.form().validateAll();
        if (!merchantOk || !terminationOk) {
            return List.of();
        }
        if (form.principalsInUse().isEmpty()) {
            termination.form().showMessage(messages.get("screening.terminate.needsPrincipal"));
            return List.of();
        }
        return termination.review(termination.request(form.matchMerchant()));
    }

    /**
     * Reports the merchant to MATCH after the review and a typed confirmation (the account id), in every
     * environment: the report reaches every acquirer that screens with MATCH, test data or not.
     */
    public void terminate() {
        String aid = accountId();
        List<String> review = reviewTermination();
        if (aid == null || review.isEmpty() || termination.form().busyProperty().get()) {
            return;
        }
        MatchTerminationRequest request = termination.request(form.matchMerchant());
        boolean confirmed = services.dialogs().confirmTyped(messages.get("screening.terminate.title"),
                messages.format("screening.terminate.confirmText", request.merchant().businessName(), aid,
                        String.join("\n", review)), aid, messages.get("screening.terminate.confirm"));
        if (!confirmed) {
            return;
        }
        termination.form().busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.format("screening.task.terminate", aid),
                        task -> services.subAccount(aid, task).match().terminate(aid, request))
                .onSuccess((MatchTerminationResult result) -> {
                    String number = result.merchantReferenceNumber() == null ? "?"
                            : result.merchantReferenceNumber().toString();
                    termination.form().showMessage("");
                    message.set(messages.format("screening.terminate.done", request.merchant().businessName(), number));
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, message.get());
                    termination.reset(form.mcc.value());
                })
                .onFailure(failure -> {
                    if (termination.form().showServerErrors(failure) == 0) {
                        form.form().showServerErrors(failure);
                    }
                })
                .onFinished(() -> termination.form().busyProperty().set(false)));
    }

    /** Puts the account's values back into the form. */
    public void refill() {
        Account account = page.accountProperty().get();
        if (account != null) {
            form.fill(ScreeningSubject.of(account));
        }
    }

    // ---- what the view binds -------------------------------------------------------------------------------------------

    ScreeningForm form() {
        return form;
    }

    TerminationForm termination() {
        return termination;
    }

    DecisionForm decision() {
        return decision;
    }

    public ObservableList<ScreeningCard> cards() {
        return cards;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    /** The references a decision may rest on ({@code match:…}, {@code vmss:…}), newest first. */
    public ObservableList<String> references() {
        return references;
    }

    public String referenceLabel(String value) {
        if (value == null || value.isEmpty()) {
            return messages.get("common.none");
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : Register.of(value.substring(0, colon)).name() + " " + value.substring(colon + 1);
    }

    public ReadOnlyObjectProperty<ContentState> resultStateProperty() {
        return resultState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actingOnProperty() {
        return actingOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentDecisionProperty() {
        return currentDecision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Register> registerProperty() {
        return register.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }
}
