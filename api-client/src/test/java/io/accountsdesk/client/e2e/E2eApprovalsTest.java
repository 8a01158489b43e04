package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import io.accountsdesk.client.approvals.ApprovalAction;
import io.accountsdesk.client.approvals.BankAccount;
import io.accountsdesk.client.approvals.CaseFor;
import io.accountsdesk.client.approvals.CaseRequest;
import io.accountsdesk.client.approvals.CaseStatus;
import io.accountsdesk.client.approvals.CddCase;
import io.accountsdesk.client.approvals.CddCaseQuery;
import io.accountsdesk.client.approvals.CddProduct;
import io.accountsdesk.client.approvals.FormSubmitter;
import io.accountsdesk.client.approvals.NewCddCase;
import io.accountsdesk.client.approvals.NewPaymentsApproval;
import io.accountsdesk.client.approvals.NewPayoutDestinationApproval;
import io.accountsdesk.client.approvals.PaymentsApproval;
import io.accountsdesk.client.approvals.PayoutDestinationApproval;
import io.accountsdesk.client.approvals.PayoutInterval;
import io.accountsdesk.client.http.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Approvals on a test-mode sub-account: payments applications, sellers (payout destinations) with the seed's
 * test-mode outcomes in their description, and the CDD cases behind them.
 */
class E2eApprovalsTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    private static String freshAccount(String name) {
        return client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Ane", "Godkjent", "ane@" + name.toLowerCase() + ".example", null),
                new AccountCompany(name + " AS", null, "987654321", null, null, null, null, null, null, null, null,
                        null, null, null),
                new AccountBilling(null, null, null, null, null, null)).build()).accountId();
    }

    private static BankAccount bank() {
        return new BankAccount("DNB", "12345678903", "BBAN", "NO", "NOK", "NOK", "DNBANOKKXXX");
    }

    private static NewPayoutDestinationApproval seller(String id, String description) {
        return new NewPayoutDestinationApproval(id, "Seller " + id, description, "Mowber", "NO", "923609016",
                List.of(bank()), PayoutInterval.WEEKLY, new FormSubmitter("sign@seller.example", "Sig Natur", "CEO"));
    }

    @Test
    void aPaymentsApplicationIsListedByItsStatusAndCountedOnTheAccount() {
        String aid = freshAccount("Betaling");
        ApiClient sub = client().actingOn(aid);
        PaymentsApproval applied = sub.approvals().applyForPayments(aid, new NewPaymentsApproval(
                List.of(new PaymentsApproval.Product("checkout")),
                List.of(new PaymentsApproval.PaymentMethod("vipps")), "NO", "923609016", List.of(bank()),
                new FormSubmitter("sign@betaling.example", "Sig Natur", "CEO")));

        assertThat(applied.id()).isNotBlank();
        assertThat(applied.caseStatus()).isNotNull();
        assertThat(applied.contractUrl()).as("where the signatory signs").isNotBlank();
        assertThat(SANDBOX.backdoor().outbox("sign@betaling.example")).isNotEmpty();
        assertThat(sub.approvals().paymentsApprovals(aid, List.of(applied.caseStatus())))
                .extracting(PaymentsApproval::id).containsExactly(applied.id());
        assertThat(sub.approvals().paymentsApprovals(aid, List.of(CaseStatus.ARCHIVED))).isEmpty();
        assertThat(client().accounts().get(aid).approvalsPaymentsStatuses())
                .containsEntry(applied.caseStatus().value(), 1);
    }

    @Test
    void onATestAccountTheDescriptionDecidesTheSellersOutcome() {
        String aid = freshAccount("Selger");
        ApiClient sub = client().actingOn(aid);
        for (CaseStatus outcome : NewPayoutDestinationApproval.TEST_OUTCOMES) {
            NewPayoutDestinationApproval application = seller("s-" + outcome.value().toLowerCase(), null)
                    .withTestOutcome(outcome);
            PayoutDestinationApproval created = sub.approvals().createPayoutDestination(aid, application);
            assertThat(created.caseStatus()).as(outcome.value()).isEqualTo(application.testOutcome());
            assertThat(sub.approvals().payoutDestination(aid, created.id()).caseStatus()).isEqualTo(outcome);
        }
        PayoutDestinationApproval plain = sub.approvals().createPayoutDestination(aid, seller("s-plain", "Lawn care"));
        assertThat(plain.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DETAILS);
        assertThat(plain.contractUrl()).isNotBlank();
        assertThat(SANDBOX.backdoor().outbox("sign@seller.example")).anySatisfy(m ->
                assertThat(m.path("text").asText()).contains(plain.contractUrl()));

        assertThat(sub.approvals().payoutDestinations(aid, null, List.of(CaseStatus.ACTIVE)))
                .extracting(PayoutDestinationApproval::payoutDestinationId).containsExactly("s-active");
        assertThat(sub.approvals().payoutDestinations(aid, "s-declined", null))
                .extracting(PayoutDestinationApproval::caseStatus).containsExactly(CaseStatus.DECLINED);
    }

    @Test
    void theClientPredictsTheSameTestOutcomeTheSandboxApplies() {
        String aid = freshAccount("Forutsi");
        ApiClient sub = client().actingOn(aid);
        for (String description : List.of("INACTIVE until the shop opens", "Seller is ACTIVE", "NOT_DECLINED yet",
                "Awaiting WAITING_FOR_SIGNATURE.")) {
            NewPayoutDestinationApproval application = seller("p-" + Math.abs(description.hashCode()), description);
            PayoutDestinationApproval created = sub.approvals().createPayoutDestination(aid, application);
            CaseStatus predicted = application.testOutcome();
            assertThat(created.caseStatus()).as(description)
                    .isEqualTo(predicted == null ? CaseStatus.WAITING_FOR_DETAILS : predicted);
        }
    }

    @Test
    void archivingASellerNeedsDeleteActiveWhenItIsApproved() {
        String aid = freshAccount("Arkiv");
        ApiClient sub = client().actingOn(aid);
        PayoutDestinationApproval active = sub.approvals().createPayoutDestination(aid,
                seller("arch-1", null).withTestOutcome(CaseStatus.ACTIVE));
        PayoutDestinationApproval waiting = sub.approvals().createPayoutDestination(aid, seller("arch-2", "Bakery"));

        sub.approvals().archivePayoutDestination(aid, waiting.id(), false);
        assertThatThrownBy(() -> sub.approvals().archivePayoutDestination(aid, active.id(), false))
                .isInstanceOf(ApiException.class);
        sub.approvals().archivePayoutDestination(aid, active.id(), true);

        assertThat(sub.approvals().payoutDestinations(aid, null, null))
                .extracting(PayoutDestinationApproval::id).doesNotContain(active.id(), waiting.id());
    }

    @Test
    void aCddCaseIsOpenedListedByProductAndMovedOnByTheCallback() {
        String aid = freshAccount("Cdd");
        ApiClient sub = client().actingOn(aid);
        CddCase opened = sub.approvals().createCddCase(aid, new NewCddCase("standard",
                new CaseFor(aid, "cdd-seller", "Cdd Seller", "Lawn care", "Mowber"),
                List.of(ApprovalAction.CREATE_PAYOUT_DESTINATION), List.of(CddProduct.PAYOUT), null,
                new CaseRequest(List.of("kyc"), "NO", "923609016", true, null, null, null)));
        assertThat(opened.id()).isNotBlank();
        assertThat(opened.caseRequest().organizationNumber()).isEqualTo("923609016");
        CaseStatus first = opened.status();
        assertThat(first).isNotNull();

        assertThat(sub.approvals().cddCases(aid, CddCaseQuery.all().withProducts(List.of(CddProduct.PAYOUT))))
                .extracting(CddCase::id).contains(opened.id());
        assertThat(sub.approvals().cddCases(aid, CddCaseQuery.all().withPayoutDestinationId("cdd-seller")))
                .extracting(CddCase::id).containsExactly(opened.id());

        sub.approvals().cddCaseCallback(aid, opened.id(), "signed-by-cdd");
        CddCase moved = sub.approvals().cddCases(aid, CddCaseQuery.all().withPayoutDestinationId("cdd-seller")).get(0);
        assertThat(moved.events().size()).isGreaterThan(opened.events().size());
        assertThat(moved.status()).isNotEqualTo(first);
    }
}
