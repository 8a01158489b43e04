package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.AccountPageContext;
import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.client.approvals.ApprovalAction;
import io.accountsdesk.client.approvals.CaseStatus;
import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddCaseQuery;
import io.accountsdesk.client.approvals.CddProduct;
import io.accountsdesk.client.approvals.PaymentsApproval;
import io.accountsdesk.client.approvals.PayoutDestinationApproval;
import io.accountsdesk.ui.ContentState;
import io.accountsdesk.ui.TimelineLane;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account's approvals: its payments applications, its sellers and its due-diligence cases, each case's history
 * on a timeline, and the forms that apply, create, archive and re-check. The approvals routes live under the
 * account's own path ({@code /accounts/{aid}/management/settings/...}), so every call acts on the account with a
 * token exchanged for it.
 */
public final class ApprovalsTabViewModel implements io.accountsdesk.app.core.AccountTabModel {

    private final SessionServices services;
    private final AccountPageContext page;
    private final Messages messages;
    private final ObservableList<ApprovalCase> payments = FXCollections.observableArrayList();
    private final ObservableList<ApprovalCase> sellers = FXCollections.observableArrayList();
    private final ObservableList<ApprovalCase> cases = FXCollections.observableArrayList();
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObservableList<String> contracts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now", Instant.EPOCH);
    private final ReadOnlyObjectWrapper<ApprovalCase> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ApprovalForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper actingOn = new ReadOnlyStringWrapper(this, "actingOn", "");
    private final StringProperty productFilter = new SimpleStringProperty(this, "productFilter", "");
    private final StringProperty sellerFilter = new SimpleStringProperty(this, "sellerFilter", "");
    private final StringProperty statusFilter = new SimpleStringProperty(this, "statusFilter", "");
    private final StringProperty actionFilter = new SimpleStringProperty(this, "actionFilter", "");
    /** The CDD cases as last read, by id: the timeline and the applications' histories come from them. */
    private final Map<String, CddCase> cddById = new LinkedHashMap<>();
    private Cancellable reading = Cancellable.NONE;
    private boolean shown;

    public ApprovalsTabViewModel(SessionServices services, AccountPageContext page) {
        this.services = services;
        this.messages = services.messages();
        this.page = page;
        page.accountIdProperty().addListener((obs, old, id) -> {
            if (id != null && !id.equals(old)) {
                onAccount(id);
            }
        });
        page.itemProperty().addListener((obs, old, item) -> {
            // A link to one case: chosen at once when it is already read, or when the read ends.
            if (item != null && !item.isEmpty()) {
                find(item).ifPresent(this::select);
                openDraft(item);
            }
        });
        onAccount(page.accountIdProperty().get());
        openDraft(page.itemProperty().get());
    }

    /** A link to a draft opens its form, which puts the draft back; the form on show is not replaced. */
    private void openDraft(String item) {
        AccountPageContext.draftIn(item).filter(named -> form.get() == null).ifPresent(named -> {
            switch (named) {
                case PaymentApplicationForm.DRAFT -> openApply();
                case SellerForm.DRAFT -> openSeller();
                case CddCaseForm.DRAFT -> openCdd();
                default -> {
                    // a form this tab does not know: the tab alone is shown
                }
            }
        });
    }

    private void onAccount(String aid) {
        reading.cancel();
        closeForm();
        // Nothing of the account shown before may stay beside actions that now act on another.
        payments.clear();
        sellers.clear();
        cases.clear();
        cddById.clear();
        select(null);
        message.set("");
        actingOn.set(aid == null ? "" : messages.format("approvals.actingOn", aid,
                messages.get(aid.startsWith("T") ? "approvals.testMode" : "approvals.productionMode")));
        state.set(ContentState.LOADING);
        if (shown && aid != null) {
            refresh();
        }
    }

    /** The tab was opened: the approvals are read now. */
    @Override
    public void shown() {
        shown = true;
        refresh();
    }

    @Override
    public void hidden() {
        shown = false;
    }

    @Override
    public void dispose() {
        reading.cancel();
        closeForm();
    }

    /** Whether the account is a test account, where a seller's description decides its outcome. */
    public boolean testMode() {
        String aid = page.accountIdProperty().get();
        return aid != null && aid.startsWith("T");
    }

    /** Reads the three lists, the CDD cases with the filters set. */
    public void refresh() {
        String aid = page.accountIdProperty().get();
        if (aid == null) {
            return;
        }
        reading.cancel();
        CddCaseQuery query = cddQuery(false);
        reading = services.tasks().run(messages.format("approvals.task.read", aid), task -> {
            var approvals = services.subAccount(aid, task).approvals();
            task.progress(0, 3);
            List<PaymentsApproval> paymentList = approvals.paymentsApprovals(aid, List.of());
            task.progress(1, 3);
            List<PayoutDestinationApproval> sellerList = approvals.payoutDestinations(aid, null, List.of());
            task.progress(2, 3);
            List<CddCase> caseList = approvals.cddCases(aid, query);
            return new Read(paymentList, sellerList, caseList);
        }, read -> {
            if (!aid.equals(page.accountIdProperty().get())) {
                return;
            }
            payments.setAll(read.payments().stream().map(p -> ApprovalCases.of(aid, p)).toList());
            sellers.setAll(read.sellers().stream().map(s -> ApprovalCases.of(aid, s)).toList());
            showCases(aid, read.cases());
            now.set(services.clock().instant());
            message.set("");
            state.set(payments.isEmpty() && sellers.isEmpty() && cases.isEmpty() ? ContentState.EMPTY
                    : ContentState.READY);
            ApprovalCase was = selected.get();
            String linked = page.itemProperty().get();
            // A case a link points at comes first; then the case on show stays; on first read the reviewer starts at
            // the first case still waiting, or the first.
            select(Optional.ofNullable(linked).filter(key -> !key.isEmpty()).flatMap(this::find)
                    .or(() -> was != null ? find(was.key()) : firstWaiting().or(() -> java.util.stream.Stream
                            .of(payments, sellers, cases).flatMap(List::stream).findFirst()))
                    .orElse(null));
        }, failure -> {
            message.set(messages.format("approvals.readFailed", services.errors().describe(failure)));
            state.set(ContentState.ERROR);
        });
    }

    private record Read(List<PaymentsApproval> payments, List<PayoutDestinationApproval> sellers,
                        List<CddCase> cases) {
    }

    private void showCases(String aid, List<CddCase> read) {
        cddById.clear();
        read.forEach(c -> cddById.put(c.id(), c));
        cases.setAll(read.stream().map(c -> ApprovalCases.of(aid, c)).toList());
    }

    /** The CDD list's filters as the seed's query: products, payout destination, case status, actions on approval. */
    CddCaseQuery cddQuery(boolean withContracts) {
        CddCaseQuery query = CddCaseQuery.all().withContracts(withContracts)
                .withPayoutDestinationId(sellerFilter.get());
        if (!productFilter.get().isBlank()) {
            query = query.withProducts(List.of(CddProduct.of(productFilter.get())));
        }
        if (!statusFilter.get().isBlank()) {
            query = query.withCaseStatuses(List.of(CaseStatus.of(statusFilter.get())));
        }
        if (!actionFilter.get().isBlank()) {
            query = query.withActionsOnApproval(List.of(ApprovalAction.of(actionFilter.get())));
        }
        return query;
    }

    private Optional<ApprovalCase> firstWaiting() {
        return java.util.stream.Stream.of(payments, sellers, cases).flatMap(List::stream)
                .filter(c -> !ReviewStatuses.isFinal(c.status())).findFirst();
    }

    private Optional<ApprovalCase> find(String key) {
        return java.util.stream.Stream.of(payments, sellers, cases).flatMap(List::stream)
                .filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * Shows a case's history on the timeline. An application's history is that of the CDD case behind it (the case
     * whose {@code case_request.referenceId} is the application's id); contract details are dropped until asked for.
     */
    public void select(ApprovalCase chosen) {
        selected.set(chosen);
        contracts.clear();
        detail.set("");
        if (chosen == null) {
            lanes.clear();
            return;
        }
        List<TimelineLane> list = new ArrayList<>();
        behind(chosen).ifPresent(c -> list.add(CaseTimeline.lane(laneName(chosen), c, messages)));
        lanes.setAll(list);
    }

    private Optional<CddCase> behind(ApprovalCase chosen) {
        if (chosen.kind() == CaseKind.CDD) {
            return Optional.ofNullable(cddById.get(chosen.id()));
        }
        return cddById.values().stream().filter(c -> c.caseRequest() != null
                && chosen.id().equals(c.caseRequest().referenceId())).findFirst();
    }

    private String laneName(ApprovalCase chosen) {
        return messages.get("approvals.kind." + chosen.kind().id()) + " · "
                + (chosen.title() == null ? chosen.id() : chosen.title());
    }

    /**
     * Reads the CDD cases again with {@code includes=events.case.contracts} and shows the chosen case's contracts.
     * Only here: contracts can carry personal details, and the seed leaves them out of the list unless asked.
     */
    public void showContracts() {
        ApprovalCase chosen = selected.get();
        String aid = page.accountIdProperty().get();
        if (chosen == null || aid == null) {
            return;
        }
        Optional<CddCase> cddCase = behind(chosen);
        if (cddCase.isEmpty()) {
            contracts.setAll(messages.get("approvals.contracts.noCase"));
            return;
        }
        String caseId = cddCase.get().id();
        CddCaseQuery query = cddQuery(true);
        services.tasks().run(messages.format("approvals.task.contracts", caseId), task ->
                services.subAccount(aid, task).approvals().cddCases(aid, query).stream()
                        .filter(c -> c.id().equals(caseId)).findFirst(), found -> {
            if (selected.get() != chosen) {
                return;
            }
            List<String> lines = found.map(ApprovalCases::contracts).orElse(List.of()).stream()
                    .map(c -> messages.format(c.signed() ? "approvals.contract.signed" : "approvals.contract.unsigned",
                            c.url())).toList();
            contracts.setAll(lines.isEmpty() ? List.of(messages.get("approvals.contracts.none")) : lines);
        }, failure -> message.set(messages.format("approvals.readFailed", services.errors().describe(failure))));
    }

    /** Reads one seller application by its id and shows every field of it. */
    public void readSeller(ApprovalCase seller) {
        String aid = page.accountIdProperty().get();
        if (seller == null || seller.kind() != CaseKind.SELLER || aid == null) {
            return;
        }
        services.tasks().run(messages.format("approvals.task.readSeller", seller.title()), task ->
                services.subAccount(aid, task).approvals().payoutDestination(aid, seller.id()), read -> {
            select(ApprovalCases.of(aid, read));
            detail.set(SellerDetail.of(read, messages));
        }, failure -> message.set(messages.format("approvals.readFailed", services.errors().describe(failure))));
    }

    /**
     * Archives a seller application. An approved (ACTIVE) seller is a live merchant: archiving it needs
     * {@code delete_active}, and the user types the seller's id to confirm.
     */
    public void archive(ApprovalCase seller) {
        if (seller == null || seller.kind() != CaseKind.SELLER) {
            return;
        }
        String title = messages.get("approvals.archive.title");
        if ("ACTIVE".equals(seller.status())) {
            if (services.dialogs().confirmTyped(title, messages.format("approvals.archive.active", seller.title()),
                    seller.title(), messages.get("approvals.archive.confirm"))) {
                archive(seller, true);
            }
        } else if (services.confirmDestructive(title, messages.format("approvals.archive.message", seller.title()),
                seller.title(), messages.get("approvals.archive.confirm"))) {
            archive(seller, false);
        }
    }

    /** Sends the archive; without {@code deleteActive} the server refuses an ACTIVE seller, which the tab says. */
    void archive(ApprovalCase seller, boolean deleteActive) {
        String aid = page.accountIdProperty().get();
        services.tasks().run(messages.format("approvals.task.archive", seller.title()), task -> {
            services.subAccount(aid, task).approvals().archivePayoutDestination(aid, seller.id(), deleteActive);
            return seller;
        }, done -> {
            services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                    messages.format("approvals.archived", seller.title()));
            page.refresh();
            refresh();
        }, failure -> message.set(messages.format("approvals.archiveFailed", seller.title(),
                services.errors().describe(failure))));
    }

    /**
     * Asks the server to fetch the case's latest state from the CDD service now, through the case's callback route.
     * The route is the CDD service's and wants its signature: the one in the case's {@code callbackUrl} when the
     * server put one there, otherwise the app's own name, which the sandbox accepts and Dintero may refuse (the tab
     * then says why).
     */
    public void recheck(ApprovalCase chosen) {
        String aid = page.accountIdProperty().get();
        Optional<CddCase> cddCase = chosen == null ? Optional.empty() : behind(chosen);
        if (aid == null || cddCase.isEmpty()) {
            return;
        }
        String caseId = cddCase.get().id();
        String signature = RecheckSignature.of(cddCase.get());
        services.tasks().run(messages.format("approvals.task.recheck", caseId), task -> {
            services.subAccount(aid, task).approvals().cddCaseCallback(aid, caseId, signature);
            return caseId;
        }, done -> {
            services.dialogs().notify(DialogService.NoticeKind.INFO, messages.format("approvals.rechecked", caseId));
            page.refresh();
            refresh();
        }, failure -> message.set(messages.format("approvals.recheckFailed", services.errors().describe(failure))));
    }

    public void openApply() {
        open(new PaymentApplicationForm(services, page.accountIdProperty().get(), applied -> afterSend()));
    }

    public void openSeller() {
        open(new SellerForm(services, page.accountIdProperty().get(), created -> afterSend()));
    }

    public void openCdd() {
        open(new CddCaseForm(services, page.accountIdProperty().get(), opened -> afterSend()));
    }

    private void open(ApprovalForm next) {
        if (page.accountIdProperty().get() == null) {
            return;
        }
        closeForm();
        form.set(next);
    }

    /** The account's counters changed with the new case: the whole page reads it again, and so do the lists. */
    private void afterSend() {
        page.refresh();
        refresh();
    }

    public void closeForm() {
        if (form.get() != null) {
            form.get().close();
        }
        form.set(null);
    }

    public String statusLabel(String status) {
        return Vocabularies.caseStatuses(messages).labelOf(status);
    }

    public ObservableList<ApprovalCase> payments() {
        return payments;
    }

    public ObservableList<ApprovalCase> sellers() {
        return sellers;
    }

    public ObservableList<ApprovalCase> cases() {
        return cases;
    }

    public ObservableList<TimelineLane> lanes() {
        return lanes;
    }

    /** The chosen case's contracts, once asked for. */
    public ObservableList<String> contracts() {
        return contracts;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ApprovalCase> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ApprovalForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A seller application read on its own, every field. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actingOnProperty() {
        return actingOn.getReadOnlyProperty();
    }

    public StringProperty productFilterProperty() {
        return productFilter;
    }

    public StringProperty sellerFilterProperty() {
        return sellerFilter;
    }

    public StringProperty statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty actionFilterProperty() {
        return actionFilter;
    }
}
