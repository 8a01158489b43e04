package io.accountsdesk.client.approvals;

import static io.accountsdesk.client.MockApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.http.InvalidParameterException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the approvals area puts on the wire. The sandbox does not serve these paths yet, so a MockWebServer stands in
 * and the tests look at the requests it received.
 */
class ApprovalsApiTest {

    private static final String AID = "T12345678";
    private static final String APPROVAL_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
    private static final String BASE = "/v1/accounts/T12345678/management/settings";

    private final MockApi api = new MockApi();
    private final ApprovalsApi approvals = new ApprovalsApi(api.transport, "T12300000");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anUnfilteredCaseListSendsNoQuery() throws Exception {
        api.answer("[]");

        assertThat(approvals.cddCases(AID, CddCaseQuery.all())).isEmpty();

        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo(BASE + "/cdd/cases");
        assertThat(request.getUrl().query()).isNull();
    }

    @Test
    void caseFiltersRepeatPerValueAndKeepTheWildcard() throws Exception {
        api.answer("""
                [{"id":"c-1","events":[{"id":1,"case_status":"WAITING_FOR_SIGNATURE"},
                                       {"id":2,"event":"note"},
                                       {"id":3,"case_status":"UNDER_MANUAL_REVIEW"}]}]""");

        List<CddCase> cases = approvals.cddCases(AID, CddCaseQuery.all()
                .withProducts(List.of(CddProduct.PAYOUT, CddProduct.CHECKOUT))
                .withPayoutDestinationId("  seller-* ")
                .withCaseStatuses(List.of(CaseStatus.ACTIVE, CaseStatus.of("NEW_STATUS")))
                .withActionsOnApproval(List.of(ApprovalAction.CREATE_PAYOUT_DESTINATION))
                .withContracts(true));

        RecordedRequest request = api.take();
        assertThat(request.getUrl().queryParameterValues("products")).containsExactly("payout", "checkout");
        assertThat(request.getUrl().queryParameter("payout_destination_id")).isEqualTo("seller-*");
        assertThat(request.getUrl().queryParameterValues("case_status")).containsExactly("ACTIVE", "NEW_STATUS");
        assertThat(request.getUrl().queryParameterValues("actions_on_approval"))
                .containsExactly("create_payout_destination");
        assertThat(request.getUrl().queryParameter("includes")).isEqualTo("events.case.contracts");
        // The latest event that carries a status decides the case's status.
        assertThat(cases.get(0).status()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
    }

    @Test
    void aBlankPayoutDestinationFilterIsNoFilter() throws Exception {
        api.answer("{\"payout_destinations\":[]}");

        assertThat(approvals.payoutDestinations(AID, " ", null)).isEmpty();

        assertThat(api.take().getUrl().query()).isNull();
    }

    @Test
    void openingACaseWritesCaseRequestInCamelCase() throws Exception {
        api.answer("{\"id\":\"c-1\",\"case_request\":{\"countryCode\":\"NO\"}}");
        NewCddCase newCase = new NewCddCase("standard", new CaseFor(AID, null, null, null, null),
                List.of(ApprovalAction.ENABLE_CHECKOUT_ACCOUNT), List.of(CddProduct.CHECKOUT),
                List.of(new PaymentOption(List.of("NOK"), "dintero.zero")),
                new CaseRequest(List.of("KYC"), "NO", "123456789", true, null, "https://example.com/cb", "ref-1"));

        CddCase opened = approvals.createCddCase(AID, newCase);

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        JsonNode body = body(request);
        assertThat(body.fieldNames()).toIterable()
                .containsExactly("package", "case_for", "actions_on_approval", "products", "payment_options",
                        "case_request");
        assertThat(body.get("case_request").fieldNames()).toIterable()
                .containsExactly("checks", "countryCode", "organizationNumber", "requireContractSigning",
                        "callbackUrl", "referenceId");
        assertThat(opened.caseRequest().countryCode()).isEqualTo("NO");
    }

    @Test
    void paymentsApprovalsUnwrapTheListAndKeepUnknownStatuses() throws Exception {
        api.answer("""
                {"payments":[{"id":"p-1","case_status":"PENDING_SOMETHING","mcc":5814,
                  "bank_accounts":[{"bank_account_number":"NO9386011117947"}]}]}""");

        List<PaymentsApproval> payments = approvals.paymentsApprovals(AID, List.of(CaseStatus.DECLINED));

        assertThat(api.take().getUrl().queryParameterValues("case_status")).containsExactly("DECLINED");
        PaymentsApproval payment = payments.get(0);
        assertThat(payment.caseStatus().value()).isEqualTo("PENDING_SOMETHING");
        assertThat(payment.caseStatus().isKnown()).isFalse();
        assertThat(payment.mcc()).isEqualTo(5814);
        assertThat(payment.bankAccounts().get(0).bankAccountNumber()).isEqualTo("NO9386011117947");
    }

    @Test
    void anEmptyPaymentsAnswerIsAnEmptyList() throws Exception {
        api.answer("{}");

        assertThat(approvals.paymentsApprovals(AID, null)).isEmpty();
    }

    @Test
    void approvalIdsMustBeUuidsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> approvals.payoutDestination(AID, "seller-1"))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("id");
        assertThatThrownBy(() -> approvals.archivePayoutDestination(AID, APPROVAL_ID + "/x", true))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> approvals.payoutDestination("T123", APPROVAL_ID))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("aid");
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void oneSellerApplicationByIdInEitherCase() throws Exception {
        api.answer("{\"id\":\"" + APPROVAL_ID + "\",\"payout_interval_type\":\"weekly\"}");

        PayoutDestinationApproval approval = approvals.payoutDestination(AID, APPROVAL_ID.toUpperCase());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath())
                .isEqualTo(BASE + "/approvals/payout-destinations/" + APPROVAL_ID.toUpperCase());
        assertThat(approval.payoutIntervalType()).isEqualTo(PayoutInterval.WEEKLY);
    }

    @Test
    void archivingAsksForActiveSellersOnlyWhenTold() throws Exception {
        api.answer(204, null);
        api.answer(204, null);

        approvals.archivePayoutDestination(AID, APPROVAL_ID, false);
        approvals.archivePayoutDestination(AID, APPROVAL_ID, true);

        RecordedRequest plain = api.take();
        assertThat(plain.getMethod()).isEqualTo("DELETE");
        assertThat(plain.getUrl().encodedPath()).isEqualTo(BASE + "/approvals/payout-destinations/" + APPROVAL_ID);
        assertThat(plain.getUrl().query()).isNull();
        assertThat(api.take().getUrl().queryParameter("delete_active")).isEqualTo("true");
    }

    @Test
    void aTestOutcomeIsSentAsTheDescription() throws Exception {
        api.answer("{\"id\":\"" + APPROVAL_ID + "\",\"case_status\":\"DECLINED\"}");

        PayoutDestinationApproval created = approvals.createPayoutDestination(AID,
                seller("seller-1", 1).withTestOutcome(NewPayoutDestinationApproval.TEST_DECLINE));

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo(BASE + "/approvals/payout-destinations");
        JsonNode body = body(request);
        assertThat(body.get("payout_destination_description").asText()).isEqualTo("DECLINED");
        assertThat(body.get("payout_interval_type").asText()).isEqualTo("monthly");
        assertThat(body.at("/bank_accounts/0/bank_account_number").asText()).isEqualTo("NO9386011117947");
        assertThat(created.caseStatus()).isEqualTo(CaseStatus.DECLINED);
    }

    @Test
    void aSellerApplicationIsCheckedBeforeSending() {
        assertThatThrownBy(() -> approvals.createPayoutDestination(AID, seller("x".repeat(41), 1)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("at most 40");
        assertThatThrownBy(() -> approvals.createPayoutDestination(AID, seller("seller-1", 2)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("exactly one bank account");
        assertThatThrownBy(() -> approvals.createPayoutDestination(AID, seller("seller-1", 0)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> approvals.createPayoutDestination(AID, seller(" ", 1)))
                .isInstanceOf(InvalidParameterException.class)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("payout_destination_id");
        assertThat(api.server.getRequestCount()).isZero();
        // The limits themselves are allowed.
        assertThat(seller("x".repeat(40), 1).checked().payoutDestinationId()).hasSize(40);
    }

    @Test
    void theCallbackCarriesItsSignatureInTheQuery() throws Exception {
        api.answer(204, null);

        approvals.cddCaseCallback(AID, "case-1", "sig=+/");

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo(BASE + "/cdd/cases/case-1/callback");
        assertThat(request.getUrl().queryParameter("signature")).isEqualTo("sig=+/");
        assertThatThrownBy(() -> approvals.cddCaseCallback(AID, "case-1", " "))
                .isInstanceOf(InvalidParameterException.class);
    }

    static NewPayoutDestinationApproval seller(String id, int bankAccounts) {
        BankAccount account = new BankAccount("DNB", "NO9386011117947", "IBAN", "NO", "NOK", "NOK", "DNBANOKKXXX");
        return new NewPayoutDestinationApproval(id, "Mower Ola", "Mows lawns", "Mowber", "NO", "123456789",
                java.util.Collections.nCopies(bankAccounts, account), PayoutInterval.MONTHLY,
                new FormSubmitter("ola@example.com", "Ola", "CEO"));
    }
}
