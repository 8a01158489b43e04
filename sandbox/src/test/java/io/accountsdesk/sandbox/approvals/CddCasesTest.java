package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CDD cases: open, list with the seed's filters, and the callback that moves a case and its application. */
class CddCasesTest {

    private static final String CASES = "/cdd/cases";

    private static ApprovalsFixture fx;
    private static List<String> aids;

    @BeforeAll
    static void start() {
        fx = ApprovalsFixture.start("cdd");
        aids = fx.accountIds();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static JsonNode open(String aid, ObjectNode body) {
        Api.Reply reply = fx.post(aid, CASES, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().isArray()).as("the seed's list is a bare array").isTrue();
        List<String> ids = new ArrayList<>();
        reply.json().forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    private static JsonNode find(String aid, String id) {
        for (JsonNode c : fx.get(aid, CASES + "?includes=events.case.contracts").json()) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("case " + id + " not listed");
    }

    /** The CDD service's call: no bearer token, a signature instead. */
    private static Api.Reply callback(String aid, String caseId) {
        return fx.api.post(ApprovalsFixture.base(aid) + CASES + "/" + caseId + "/callback?signature=c2lnbmVk", null, "{}");
    }

    @Test
    void anOpenedCaseIsListedWithItsCreationEvent() {
        String aid = aids.get(0);
        JsonNode opened = open(aid, Bodies.cddCase(null, null));

        assertThat(opened.get("account_id").asText()).isEqualTo(aid);
        assertThat(opened.at("/case_for/account_id").asText()).as("defaults to the path's account").isEqualTo(aid);
        assertThat(opened.at("/case_request/countryCode").asText()).isEqualTo("NO");
        assertThat(opened.at("/case_request/referenceId").asText()).isEqualTo("ref-1");
        assertThat(opened.get("events")).hasSize(1);
        JsonNode event = opened.at("/events/0");
        assertThat(event.get("event").asText()).isEqualTo("case_created");
        assertThat(event.get("case_status").asText()).isEqualTo("WAITING_FOR_DETAILS");
        assertThat(event.at("/created/contract_url").asText()).startsWith("https://");
        assertThat(ids(fx.get(aid, CASES))).first().isEqualTo(opened.get("id").asText());
    }

    @Test
    void eachCallbackMovesTheCaseOneStepAndAddsAnEvent() {
        String aid = aids.get(1);
        String id = open(aid, Bodies.cddCase(null, null)).get("id").asText();

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Reply reply = callback(aid, id);
            assertThat(reply.status()).as(reply.body()).isEqualTo(204);
            JsonNode c = find(aid, id);
            assertThat(c.get("events")).hasSize(i + 2);
            JsonNode last = c.get("events").get(i + 1);
            assertThat(last.get("id").asInt()).isEqualTo(i + 1);
            assertThat(last.get("event").asText()).isEqualTo("case_updated");
            seen.add(last.get("case_status").asText());
        }
        assertThat(seen).containsExactly("WAITING_FOR_DECLARATION", "WAITING_FOR_SIGNATURE", "AUTOMATIC_REVIEW",
                "ACTIVE", "ACTIVE");
        assertThat(find(aid, id).at("/events/5/case/contracts/0/signed").asBoolean()).isTrue();
    }

    @Test
    void withoutContractSigningTheSignatureStepIsSkipped() {
        String aid = aids.get(1);
        ObjectNode body = Bodies.cddCase(null, null);
        ((ObjectNode) body.get("case_request")).put("requireContractSigning", false);
        String id = open(aid, body).get("id").asText();
        callback(aid, id);
        callback(aid, id);
        assertThat(Approvals.statusOfCase(find(aid, id))).isEqualTo(CaseStatus.AUTOMATIC_REVIEW);
    }

    @Test
    void theCallbackMovesTheApplicationAndTheAccountCounters() {
        String aid = aids.get(2);
        JsonNode approval = fx.post(aid, "/approvals/payments", Bodies.payments()).json();
        String approvalId = approval.get("id").asText();
        JsonNode cddCase = null;
        for (JsonNode c : fx.get(aid, CASES + "?products=checkout").json()) {
            if (c.at("/case_request/referenceId").asText().equals(approvalId)) {
                cddCase = c;
            }
        }
        assertThat(cddCase).as("the application's CDD case").isNotNull();
        assertThat(cddCase.get("actions_on_approval").get(0).asText()).isEqualTo("enable_checkout_account");
        JsonNode before = fx.account(aid).get("approvals_payments_statuses");

        assertThat(callback(aid, cddCase.get("id").asText()).status()).isEqualTo(204);

        JsonNode moved = fx.get(aid, "/approvals/payments?case_status=WAITING_FOR_DECLARATION").json().get("payments");
        assertThat(moved).anyMatch(p -> p.get("id").asText().equals(approvalId));
        JsonNode account = fx.account(aid);
        JsonNode after = account.get("approvals_payments_statuses");
        assertThat(after.get("WAITING_FOR_DETAILS").asInt()).isEqualTo(before.get("WAITING_FOR_DETAILS").asInt() - 1);
        assertThat(after.get("WAITING_FOR_DECLARATION").asInt()).isEqualTo(before.get("WAITING_FOR_DECLARATION").asInt() + 1);
        assertThat(account.get("payment_case_status").asText()).isEqualTo("WAITING_FOR_DECLARATION");
    }

    @Test
    void theSeedsFiltersSelectCases() {
        String aid = aids.get(3);
        String payout = open(aid, Bodies.cddCase("SELLER-042", null)).get("id").asText();
        String checkout = open(aid, Bodies.cddCase(null, null)).get("id").asText();
        String declined = open(aid, Bodies.cddCase("SELLER-043", "DECLINED")).get("id").asText();

        assertThat(ids(fx.get(aid, CASES + "?products=payout"))).contains(payout, declined).doesNotContain(checkout);
        assertThat(ids(fx.get(aid, CASES + "?products=payout&products=checkout"))).contains(payout, checkout, declined);
        assertThat(ids(fx.get(aid, CASES + "?actions_on_approval=enable_checkout_account"))).contains(checkout)
                .doesNotContain(payout);
        assertThat(ids(fx.get(aid, CASES + "?payout_destination_id=SELLER-042"))).containsExactly(payout);
        assertThat(ids(fx.get(aid, CASES + "?payout_destination_id=SELLER-04*"))).containsExactly(declined, payout);
        assertThat(ids(fx.get(aid, CASES + "?payout_destination_id=*-043"))).containsExactly(declined);
        assertThat(ids(fx.get(aid, CASES + "?case_status=DECLINED"))).contains(declined).doesNotContain(payout, checkout);

        Bodies.assertNames(fx.get(aid, CASES + "?products=loans"), "products", "query");
        Bodies.assertNames(fx.get(aid, CASES + "?actions_on_approval=pay"), "actions_on_approval", "query");
        Bodies.assertNames(fx.get(aid, CASES + "?case_status=done"), "case_status", "query");
        Bodies.assertNames(fx.get(aid, CASES + "?includes=events"), "includes", "query");
    }

    @Test
    void contractDetailsOnlyWhenIncluded() {
        String aid = aids.get(4);
        String id = open(aid, Bodies.cddCase(null, null)).get("id").asText();
        JsonNode plain = null;
        for (JsonNode c : fx.get(aid, CASES).json()) {
            if (c.get("id").asText().equals(id)) {
                plain = c;
            }
        }
        assertThat(plain).isNotNull();
        assertThat(plain.at("/events/0/case").has("contracts")).isFalse();
        assertThat(find(aid, id).at("/events/0/case/contracts/0/url").asText()).startsWith("https://");
    }

    @Test
    void theCallbackNeedsASignatureAndAKnownCase() {
        String aid = aids.get(5);
        String id = open(aid, Bodies.cddCase(null, null)).get("id").asText();

        Bodies.assertNames(fx.api.post(ApprovalsFixture.base(aid) + CASES + "/" + id + "/callback", null, "{}"),
                "signature", "query");
        assertThat(find(aid, id).get("events")).as("nothing moved").hasSize(1);

        Api.Reply unknown = callback(aid, "no-such-case");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/message").asText()).contains("no-such-case");
        assertThat(callback(aids.get(6), id).status()).as("another account's case").isEqualTo(404);
    }

    @Test
    void aBadCaseIsRejectedWholeAndNamesEachField() {
        String aid = aids.get(7);
        int before = fx.get(aid, CASES).json().size();
        ObjectNode body = Bodies.cddCase(null, null);
        body.remove("case_for");
        body.putArray("products").add("loans");
        body.putArray("actions_on_approval");
        ((ObjectNode) body.get("case_request")).put("countryCode", "ZZ");
        ((ObjectNode) body.get("case_request")).put("requireContractSigning", "yes");
        ((ObjectNode) body.get("payment_options").get(0)).putArray("currencies").add("nok");

        Api.Reply reply = fx.post(aid, CASES, body);

        Bodies.assertNames(reply, "case_for");
        Bodies.assertNames(reply, "products[0]");
        Bodies.assertNames(reply, "actions_on_approval");
        Bodies.assertNames(reply, "case_request.countryCode");
        Bodies.assertNames(reply, "case_request.requireContractSigning");
        Bodies.assertNames(reply, "payment_options[0].currencies[0]");
        ObjectNode missing = Bodies.cddCase(null, null);
        missing.remove("case_request");
        missing.remove("products");
        Api.Reply second = fx.post(aid, CASES, missing);
        Bodies.assertNames(second, "case_request");
        Bodies.assertNames(second, "products");
        assertThat(fx.get(aid, CASES).json().size()).isEqualTo(before);
    }
}
