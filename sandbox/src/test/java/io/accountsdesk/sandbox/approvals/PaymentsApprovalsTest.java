package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET and POST .../settings/approvals/payments, black-box over HTTP. */
class PaymentsApprovalsTest {

    private static final String PATH = "/approvals/payments";

    private static ApprovalsFixture fx;
    private static List<String> aids;

    @BeforeAll
    static void start() {
        fx = ApprovalsFixture.start("payments");
        aids = fx.accountIds();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static List<String> ids(Api.Reply reply) {
        return ApprovalsFixture.ids(reply, "payments");
    }

    @Test
    void aCreatedApplicationIsListedFirstAndCountedOnTheAccount() {
        String aid = aids.get(0);
        JsonNode countersBefore = fx.account(aid).get("approvals_payments_statuses");
        List<String> before = ids(fx.get(aid, PATH));

        Api.Reply created = fx.post(aid, PATH, Bodies.payments());

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode approval = created.json();
        assertThat(approval.get("id").asText()).matches(ApprovalRequests.UUID.pattern());
        assertThat(approval.get("case_status").asText()).isEqualTo("WAITING_FOR_DETAILS");
        assertThat(approval.get("created_by").asText()).isEqualTo(fx.sandbox.credentials().clientId());
        assertThat(approval.get("deleted_at").isNull()).isTrue();
        assertThat(approval.at("/bank_accounts/0/bank_identification_code").asText()).isEqualTo("DNBANOKKXXX");
        assertThat(approval.at("/links/0/rel").asText()).isEqualTo("contract_url");
        assertThat(approval.get("mcc").isInt()).as("the account's merchant category code").isTrue();

        List<String> after = ids(fx.get(aid, PATH));
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(0)).isEqualTo(approval.get("id").asText());

        JsonNode account = fx.account(aid);
        JsonNode counters = account.get("approvals_payments_statuses");
        assertThat(counters.get("WAITING_FOR_DETAILS").asInt()).isEqualTo(countersBefore.get("WAITING_FOR_DETAILS").asInt() + 1);
        assertThat(account.get("payment_case_status").asText()).isEqualTo("WAITING_FOR_DETAILS");
    }

    @Test
    void theFormSubmitterIsEmailedTheContractLink() {
        String aid = aids.get(1);
        Api.Reply created = fx.post(aid, PATH, Bodies.payments());
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        Api.Reply outbox = fx.api.get("/_sandbox/outbox?to=signer@example.com", null);
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.json().get(0).get("text").asText())
                .contains(created.json().at("/links/0/href").asText());
    }

    @Test
    void theListFiltersOnCaseStatus() {
        String aid = aids.get(2);
        String id = fx.post(aid, PATH, Bodies.payments()).json().get("id").asText();

        assertThat(ids(fx.get(aid, PATH + "?case_status=WAITING_FOR_DETAILS"))).contains(id);
        assertThat(ids(fx.get(aid, PATH + "?case_status=ACTIVE&case_status=DECLINED"))).doesNotContain(id);
        assertThat(ids(fx.get(aid, PATH + "?case_status=ACTIVE,WAITING_FOR_DETAILS"))).contains(id);
        Bodies.assertNames(fx.get(aid, PATH + "?case_status=APPROVED"), "case_status", "query");
    }

    @Test
    void everyBadFieldIsNamed() {
        String aid = aids.get(3);
        ObjectNode body = Bodies.payments();
        body.remove("organization_number");
        body.put("country_code", "NOR");
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("bank_accounts")).add(Bodies.bankAccount());
        ((ObjectNode) ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("bank_accounts")).get(0)).put("payout_currency", "kr");
        ((ObjectNode) ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("bank_accounts")).get(0)).remove("bank_account_number");
        ((ObjectNode) body.get("form_submitter")).put("email", "not-an-email");
        body.putArray("payment_methods");

        Api.Reply reply = fx.post(aid, PATH, body);

        Bodies.assertNames(reply, "organization_number");
        Bodies.assertNames(reply, "country_code");
        Bodies.assertNames(reply, "bank_accounts");
        Bodies.assertNames(reply, "bank_accounts[0].payout_currency");
        Bodies.assertNames(reply, "bank_accounts[0].bank_account_number");
        Bodies.assertNames(reply, "form_submitter.email");
        Bodies.assertNames(reply, "payment_methods");
    }

    @Test
    void countriesMustExistAndOrganizationNumbersPassTheirCheckDigit() {
        String aid = aids.get(3);
        ObjectNode unknownCountry = Bodies.payments().put("country_code", "XX");
        Bodies.assertNames(fx.post(aid, PATH, unknownCountry), "country_code");

        ObjectNode badNumber = Bodies.payments().put("organization_number", "923609017");
        Bodies.assertNames(fx.post(aid, PATH, badNumber), "organization_number");

        ObjectNode elsewhere = Bodies.payments().put("country_code", "DE").put("organization_number", "HRB 12345");
        assertThat(fx.post(aid, PATH, elsewhere).status()).as("no check digits known for DE").isEqualTo(200);
    }

    @Test
    void aRejectedApplicationStoresNothing() {
        String aid = aids.get(4);
        List<String> before = ids(fx.get(aid, PATH + "?case_status=" + String.join(",", CaseStatus.VALUES)));
        JsonNode countersBefore = fx.account(aid).get("approvals_payments_statuses");
        String statusBefore = fx.account(aid).get("payment_case_status").asText();
        int casesBefore = fx.get(aid, "/cdd/cases").json().size();
        int mailsBefore = fx.api.get("/_sandbox/outbox?to=signer@example.com&limit=100", null).json().size();

        ObjectNode body = Bodies.payments();
        ((com.fasterxml.jackson.databind.node.ArrayNode) body.get("bank_accounts")).add(Bodies.bankAccount());
        assertThat(fx.post(aid, PATH, body).status()).isEqualTo(400);
        assertThat(fx.post(aid, PATH, "{\"products\":").status()).isEqualTo(400);
        assertThat(fx.post(aid, PATH, null).status()).isEqualTo(400);

        assertThat(ids(fx.get(aid, PATH + "?case_status=" + String.join(",", CaseStatus.VALUES)))).isEqualTo(before);
        assertThat(fx.account(aid).get("approvals_payments_statuses")).isEqualTo(countersBefore);
        assertThat(fx.account(aid).get("payment_case_status").asText()).isEqualTo(statusBefore);
        assertThat(fx.get(aid, "/cdd/cases").json().size()).isEqualTo(casesBefore);
        assertThat(fx.api.get("/_sandbox/outbox?to=signer@example.com&limit=100", null).json().size()).isEqualTo(mailsBefore);
    }

    @Test
    void tokensAreCheckedBeforeAnything() {
        String aid = aids.get(5);
        Api.Reply anonymous = fx.api.get(ApprovalsFixture.base(aid) + PATH, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().at("/error/code").asText()).isEqualTo("unauthorized");

        List<String> before = ids(fx.get(aid, PATH));
        Api.Reply otherAccount = fx.api.post(ApprovalsFixture.base(aid) + PATH, fx.tokenFor(aids.get(6)), Bodies.payments());
        assertThat(otherAccount.status()).isEqualTo(403);
        assertThat(otherAccount.json().at("/error/code").asText()).isEqualTo("forbidden");
        assertThat(ids(fx.get(aid, PATH))).isEqualTo(before);

        Api.Reply badAid = fx.api.get("/accounts/X1/management/settings" + PATH, fx.partnerToken);
        assertThat(badAid.status()).isEqualTo(400);
    }
}
