package io.accountsdesk.client.approvals;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.InvalidParameterException;
import io.accountsdesk.client.http.Operation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An account's approvals: customer-due-diligence cases, applications to use Dintero payments and applications for new
 * sellers (payout destinations), all under {@code /accounts/{aid}/management/settings}. Each method names the account
 * ({@code aid}) it acts on, so a partner can look at a sub-account's approvals as well as its own.
 *
 * <p>None of these lists is paged in the seed (no {@code limit} or {@code starting_after}): each answer is the whole
 * list.
 */
public final class ApprovalsApi {

    /** The seed's {@code <uuid>} format for an approval id. */
    public static final Pattern APPROVAL_ID =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    public static final Operation CDD_CASES = Operation.get("/accounts/{aid}/management/settings/cdd/cases")
            .responseList(CddCase.class);
    public static final Operation CREATE_CDD_CASE = Operation.post("/accounts/{aid}/management/settings/cdd/cases")
            .request(NewCddCase.class).response(CddCase.class);
    // Method, path and operationId are GUESSED (endpoints.tsv row 91); the seed gives neither a body nor an answer.
    public static final Operation CDD_CASE_CALLBACK =
            Operation.post("/accounts/{aid}/management/settings/cdd/cases/{id}/callback");

    public static final Operation PAYMENTS = Operation.get("/accounts/{aid}/management/settings/approvals/payments")
            .response(PaymentsApprovalList.class);
    public static final Operation APPLY_FOR_PAYMENTS =
            Operation.post("/accounts/{aid}/management/settings/approvals/payments")
                    .request(NewPaymentsApproval.class).response(PaymentsApproval.class);

    public static final Operation PAYOUT_DESTINATIONS =
            Operation.get("/accounts/{aid}/management/settings/approvals/payout-destinations")
                    .response(PayoutDestinationApprovalList.class);
    public static final Operation CREATE_PAYOUT_DESTINATION =
            Operation.post("/accounts/{aid}/management/settings/approvals/payout-destinations")
                    .request(NewPayoutDestinationApproval.class).response(PayoutDestinationApproval.class);
    // Item path GUESSED under the documented collection (endpoints.tsv rows 96 and 97).
    public static final Operation ARCHIVE_PAYOUT_DESTINATION =
            Operation.delete("/accounts/{aid}/management/settings/approvals/payout-destinations/{id}")
                    .param("id", APPROVAL_ID);
    public static final Operation PAYOUT_DESTINATION =
            Operation.get("/accounts/{aid}/management/settings/approvals/payout-destinations/{id}")
                    .param("id", APPROVAL_ID).response(PayoutDestinationApproval.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the methods take the account they act on, which is this one
     *            or, for a partner, one of its sub-accounts
     */
    public ApprovalsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String signedInAccount() {
        return oid;
    }

    /** The account's due-diligence cases that match {@code query}. */
    public List<CddCase> cddCases(String accountId, CddCaseQuery query) {
        return transport.send(ApiRequest.to(CDD_CASES)
                .path("aid", accountId)
                .queryAll("products", CddCaseQuery.values(query.products()))
                .query("payout_destination_id", query.payoutDestinationId())
                .queryAll("case_status", CddCaseQuery.values(query.caseStatuses()))
                .queryAll("actions_on_approval", CddCaseQuery.values(query.actionsOnApproval()))
                .query("includes", query.includeContracts() ? CddCaseQuery.INCLUDE_CONTRACTS : null));
    }

    /** Opens a due-diligence case for the account (or for a seller of it); answers with the case as opened. */
    public CddCase createCddCase(String accountId, NewCddCase newCase) {
        return transport.send(ApiRequest.to(CREATE_CDD_CASE).path("aid", accountId).body(newCase));
    }

    /**
     * Asks the server to fetch a case's latest state from the CDD service. This is the CDD service's callback, signed
     * by it; a back-office user has no {@code signature} of their own, so this is here for completeness and tests.
     * The seed lists {@code signature} beside the path values and says the body is ignored, so it goes in the query
     * (a guess, like the path itself).
     *
     * @param caseId the case's {@code id}, as {@link #cddCases} lists it. The seed only says "Case ID"; like the other
     *               {@code {id}} of these paths it names the resource under {@code /cdd/cases}, not the CDD service's
     *               own {@code events[].created.case_id} (the sandbox reads it so too)
     */
    public void cddCaseCallback(String accountId, String caseId, String signature) {
        if (signature == null || signature.isBlank()) {
            throw new InvalidParameterException("signature", "The CDD callback needs the service's signature.");
        }
        transport.send(ApiRequest.to(CDD_CASE_CALLBACK).path("aid", accountId).path("id", caseId)
                .query("signature", signature));
    }

    /** The account's applications to use Dintero payments, optionally only those in the given statuses. */
    public List<PaymentsApproval> paymentsApprovals(String accountId, List<CaseStatus> caseStatuses) {
        PaymentsApprovalList list = transport.send(ApiRequest.to(PAYMENTS)
                .path("aid", accountId)
                .queryAll("case_status", CddCaseQuery.values(caseStatuses == null ? List.of() : caseStatuses)));
        return list == null || list.payments() == null ? List.of() : list.payments();
    }

    /**
     * Applies for Dintero payments. The signatory finishes the application and signs its contract at a link they are
     * sent; Dintero then runs KYC, AML and bank-ownership checks and sets the status to {@code ACTIVE} once approved.
     * Some payment methods take time to set up after that.
     */
    public PaymentsApproval applyForPayments(String accountId, NewPaymentsApproval application) {
        return transport.send(ApiRequest.to(APPLY_FOR_PAYMENTS).path("aid", accountId).body(application));
    }

    /**
     * The account's seller applications.
     *
     * @param payoutDestinationId only applications for this seller, or {@code null} for all
     * @param caseStatuses        only applications in these statuses; empty or {@code null} for all
     */
    public List<PayoutDestinationApproval> payoutDestinations(String accountId, String payoutDestinationId,
                                                              List<CaseStatus> caseStatuses) {
        PayoutDestinationApprovalList list = transport.send(ApiRequest.to(PAYOUT_DESTINATIONS)
                .path("aid", accountId)
                .query("payout_destination_id", payoutDestinationId)
                .queryAll("case_status", CddCaseQuery.values(caseStatuses == null ? List.of() : caseStatuses)));
        return list == null || list.payoutDestinations() == null ? List.of() : list.payoutDestinations();
    }

    /**
     * Applies for a new seller for Dintero Payout with split payments. The seller's signatory finishes the
     * application and signs its contract at a link they are sent; Dintero then runs KYC, AML and bank-ownership checks,
     * and once the status is {@code ACTIVE} the seller is added to Dintero Payout.
     *
     * <p><b>Test mode:</b> on a test account (an {@code aid} starting with {@code T}) nothing is reviewed; the
     * {@code payout_destination_description} decides the outcome. A description containing
     * {@link NewPayoutDestinationApproval#TEST_APPROVE ACTIVE} approves the seller at once,
     * {@link NewPayoutDestinationApproval#TEST_DECLINE DECLINED} declines it and
     * {@link NewPayoutDestinationApproval#TEST_AWAIT_SIGNATURE WAITING_FOR_SIGNATURE} leaves it waiting for the
     * signatory; {@link NewPayoutDestinationApproval#withTestOutcome} writes such a description. On production
     * ({@code P}) accounts those words are only text.
     *
     * <p>The application is checked first ({@link NewPayoutDestinationApproval#checked()}): required fields, lengths
     * and exactly one bank account.
     */
    public PayoutDestinationApproval createPayoutDestination(String accountId,
                                                             NewPayoutDestinationApproval application) {
        return transport.send(ApiRequest.to(CREATE_PAYOUT_DESTINATION).path("aid", accountId)
                .body(application.checked()));
    }

    /** One seller application by its id (a UUID, checked before sending). */
    public PayoutDestinationApproval payoutDestination(String accountId, String approvalId) {
        return transport.send(ApiRequest.to(PAYOUT_DESTINATION).path("aid", accountId).path("id", approvalId));
    }

    /**
     * Archives a seller application: it leaves the list and later updates to it are ignored.
     *
     * @param deleteActive also archive an application that is already {@code ACTIVE} (an approved seller); without it
     *                     the server only archives applications that are not active
     */
    public void archivePayoutDestination(String accountId, String approvalId, boolean deleteActive) {
        transport.send(ApiRequest.to(ARCHIVE_PAYOUT_DESTINATION).path("aid", accountId).path("id", approvalId)
                .query("delete_active", deleteActive ? Boolean.TRUE : null));
    }
}
