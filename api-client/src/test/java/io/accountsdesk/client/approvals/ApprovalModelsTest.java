package io.accountsdesk.client.approvals;

import io.accountsdesk.client.http.Redacted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalModelsTest {

    private static final String NUMBER = "NO9386011117947";
    private static final String NATIONAL_ID = "01017012345";

    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void bankAccountNumbersNeverAppearWhenPrinted() throws Exception {
        NewPayoutDestinationApproval seller = ApprovalsApiTest.seller("seller-1", 1);
        PaymentsApproval payment = mapper.readValue("{\"bank_accounts\":[{\"bank_name\":\"DNB\","
                + "\"bank_account_number\":\"" + NUMBER + "\"}]}", PaymentsApproval.class);

        assertThat(seller.bankAccounts().get(0).toString()).doesNotContain(NUMBER).contains("bankName=DNB");
        // Records print their components, so the redaction must reach through the parents too.
        assertThat(seller.toString()).doesNotContain(NUMBER);
        assertThat(payment.toString()).doesNotContain(NUMBER);
        assertThat(new BankAccount(null, null, null, null, null, null, null).toString())
                .contains("bankAccountNumber=null");
    }

    @Test
    void personalDetailsOfACaseNeverAppearWhenPrinted() throws Exception {
        CaseRequest request = new CaseRequest(List.of("KYC"), "NO", "123456789", true,
                Map.of("signatory", Map.of("national_id", NATIONAL_ID)), null, "ref-1");
        CddEvent event = mapper.readValue("{\"id\":1,\"case\":{\"persons\":[{\"ssn\":\"" + NATIONAL_ID + "\"}]}}",
                CddEvent.class);
        NewCddCase newCase = new NewCddCase(null, null, null, List.of(CddProduct.PAYOUT), null, request);

        assertThat(request.toString()).doesNotContain(NATIONAL_ID).contains("referenceId=ref-1");
        assertThat(newCase.toString()).doesNotContain(NATIONAL_ID);
        assertThat(event.toString()).doesNotContain(NATIONAL_ID).contains("id=1");
        // Redacted when printed, but sent and kept whole.
        assertThat(mapper.writeValueAsString(request)).contains(NATIONAL_ID);
        assertThat(event.caseData().at("/persons/0/ssn").asText()).isEqualTo(NATIONAL_ID);
    }

    @Test
    void theDescriptionTellsWhichTestOutcomeItForces() {
        NewPayoutDestinationApproval seller = ApprovalsApiTest.seller("seller-1", 1);

        assertThat(seller.testOutcome()).isNull();
        for (CaseStatus outcome : NewPayoutDestinationApproval.TEST_OUTCOMES) {
            assertThat(seller.withTestOutcome(outcome).testOutcome()).isEqualTo(outcome);
            assertThat(seller.withTestOutcome(outcome).payoutDestinationDescription()).isEqualTo(outcome.value());
        }
        NewPayoutDestinationApproval added = new NewPayoutDestinationApproval("s", null,
                "Lawn care WAITING_FOR_SIGNATURE", "Mowber", "NO", "1", seller.bankAccounts(), null, null);
        assertThat(added.testOutcome()).isEqualTo(CaseStatus.WAITING_FOR_SIGNATURE);
        NewPayoutDestinationApproval inactive = new NewPayoutDestinationApproval("s", null,
                "INACTIVE until NOT_DECLINED", "Mowber", "NO", "1", seller.bankAccounts(), null, null);
        assertThat(inactive.testOutcome()).as("a value inside another word forces nothing").isNull();
        assertThat(NewPayoutDestinationApproval.TEST_OUTCOMES)
                .extracting(CaseStatus::value).containsExactly("ACTIVE", "DECLINED", "WAITING_FOR_SIGNATURE");
    }

    @Test
    void onlyTheSeedsTestOutcomesCanBeForced() {
        NewPayoutDestinationApproval seller = ApprovalsApiTest.seller("seller-1", 1);

        assertThatThrownBy(() -> seller.withTestOutcome(CaseStatus.ARCHIVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> seller.withTestOutcome(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSellersCountryNeedsTwoLetters() {
        NewPayoutDestinationApproval seller = ApprovalsApiTest.seller("seller-1", 1);
        NewPayoutDestinationApproval nor = new NewPayoutDestinationApproval("s", null, null, "Mowber", "NOR", "1",
                seller.bankAccounts(), null, null);

        assertThatThrownBy(nor::checked).hasMessageContaining("two-letter");
    }

    @Test
    void aCaseWithoutStatusedEventsHasNoStatus() throws Exception {
        assertThat(mapper.readValue("{}", CddCase.class).status()).isNull();
        assertThat(mapper.readValue("{\"events\":[{\"id\":1}]}", CddCase.class).status()).isNull();
    }

    @Test
    void caseFiltersDropBlanksAndCopyTheirLists() {
        java.util.ArrayList<CaseStatus> statuses = new java.util.ArrayList<>(List.of(CaseStatus.ACTIVE));
        CddCaseQuery query = CddCaseQuery.all().withCaseStatuses(statuses).withPayoutDestinationId("   ");
        statuses.add(CaseStatus.ERROR);

        assertThat(query.caseStatuses()).containsExactly(CaseStatus.ACTIVE);
        assertThat(query.payoutDestinationId()).isNull();
        assertThat(CddCaseQuery.values(List.of(CaseStatus.of("X"), CaseStatus.ACTIVE))).containsExactly("X", "ACTIVE");
    }
}
