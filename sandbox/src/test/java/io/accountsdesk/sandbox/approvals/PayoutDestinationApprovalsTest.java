package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seller (payout destination) applications: create, list, fetch, archive, and the test-mode outcomes. */
class PayoutDestinationApprovalsTest {

    private static final String PATH = "/approvals/payout-destinations";

    private static ApprovalsFixture fx;
    private static List<String> aids;

    @BeforeAll
    static void start() {
        fx = ApprovalsFixture.start("payouts");
        aids = fx.accountIds();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static List<String> ids(Api.Reply reply) {
        return ApprovalsFixture.ids(reply, "payout_destinations");
    }

    private static JsonNode create(String aid, ObjectNode body) {
        Api.Reply reply = fx.post(aid, PATH, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static int counter(String aid, String status) {
        return fx.account(aid).get("approvals_payout_destinations_statuses").get(status).asInt();
    }

    @Test
    void createdThenListedThenFetched() {
        String aid = aids.get(0);
        int waiting = counter(aid, "WAITING_FOR_DETAILS");

        JsonNode created = create(aid, Bodies.payout("PD-created", "Sells coffee"));
        String id = created.get("id").asText();

        assertThat(created.get("payout_destination_id").asText()).isEqualTo("PD-created");
        assertThat(created.get("payout_interval_type").asText()).isEqualTo("weekly");
        assertThat(created.get("case_status").asText()).isEqualTo("WAITING_FOR_DETAILS");
        assertThat(ids(fx.get(aid, PATH))).first().isEqualTo(id);
        assertThat(ids(fx.get(aid, PATH + "?payout_destination_id=PD-created"))).containsExactly(id);
        assertThat(ids(fx.get(aid, PATH + "?payout_destination_id=PD-other"))).isEmpty();

        Api.Reply fetched = fx.get(aid, PATH + "/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(created);
        assertThat(counter(aid, "WAITING_FOR_DETAILS")).isEqualTo(waiting + 1);
    }

    /**
     * Seed: "For testing purposes it is possible to auto-approve or decline a new seller by adding one of the
     * following values to payout_destination_description: ACTIVE DECLINED WAITING_FOR_SIGNATURE".
     */
    @ParameterizedTest
    @CsvSource({
        "ACTIVE, ACTIVE",
        "DECLINED, DECLINED",
        "WAITING_FOR_SIGNATURE, WAITING_FOR_SIGNATURE",
        "please ACTIVE this seller, ACTIVE",
        "A kiosk by the fjord, WAITING_FOR_DETAILS",
        "INACTIVE, WAITING_FOR_DETAILS",
    })
    void inTestModeTheDescriptionDecidesTheOutcome(String description, String expected) {
        String aid = aids.get(1);
        int before = counter(aid, expected);

        JsonNode created = create(aid, Bodies.payout("PD-" + Math.abs(description.hashCode()), description));

        assertThat(created.get("case_status").asText()).as(description).isEqualTo(expected);
        assertThat(fx.get(aid, PATH + "/" + created.get("id").asText()).json().get("case_status").asText()).isEqualTo(expected);
        assertThat(counter(aid, expected)).isEqualTo(before + 1);
        JsonNode cddCase = fx.get(aid, "/cdd/cases?payout_destination_id=" + created.get("payout_destination_id").asText())
                .json().get(0);
        assertThat(cddCase.at("/events/0/case_status").asText()).isEqualTo(expected);
    }

    @Test
    void onAProductionAccountTheDescriptionIsOnlyText() {
        // P accounts have no demo data; the token names one directly (no account document, so no counters either).
        JsonNode created = create("P12345678", Bodies.payout("PD-prod", "ACTIVE"));
        assertThat(created.get("case_status").asText()).isEqualTo("WAITING_FOR_DETAILS");
        assertThat(ids(fx.get("P12345678", PATH))).containsExactly(created.get("id").asText());
    }

    @Test
    void malformedIdsAre400AndUnknownOnes404() {
        String aid = aids.get(2);
        Bodies.assertNames(fx.get(aid, PATH + "/not-a-uuid"), "id", "path");
        Bodies.assertNames(fx.delete(aid, PATH + "/1-1-1-1-1"), "id", "path");

        Api.Reply unknown = fx.get(aid, PATH + "/497f6eca-6276-4993-bfeb-53cbbbba6f08");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("not_found");
        assertThat(fx.delete(aid, PATH + "/497f6eca-6276-4993-bfeb-53cbbbba6f08").status()).isEqualTo(404);

        String elsewhere = create(aids.get(3), Bodies.payout("PD-elsewhere", null)).get("id").asText();
        assertThat(fx.get(aid, PATH + "/" + elsewhere).status()).as("another account's approval").isEqualTo(404);
    }

    @Test
    void archivingRemovesFromTheListAndIgnoresLaterUpdates() {
        String aid = aids.get(4);
        JsonNode created = create(aid, Bodies.payout("PD-archive", null));
        String id = created.get("id").asText();
        int archived = counter(aid, "ARCHIVED");
        int waiting = counter(aid, "WAITING_FOR_DETAILS");

        Api.Reply deleted = fx.delete(aid, PATH + "/" + id);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(ids(fx.get(aid, PATH))).doesNotContain(id);
        assertThat(ids(fx.get(aid, PATH + "?case_status=ARCHIVED"))).contains(id);
        JsonNode fetched = fx.get(aid, PATH + "/" + id).json();
        assertThat(fetched.get("case_status").asText()).isEqualTo("ARCHIVED");
        assertThat(fetched.get("deleted_at").isTextual()).isTrue();
        assertThat(fetched.get("deleted_by").asText()).isEqualTo(fx.sandbox.credentials().clientId());
        assertThat(counter(aid, "ARCHIVED")).isEqualTo(archived + 1);
        assertThat(counter(aid, "WAITING_FOR_DETAILS")).isEqualTo(waiting - 1);

        assertThat(fx.delete(aid, PATH + "/" + id).status()).as("archiving again changes nothing").isEqualTo(204);
        assertThat(counter(aid, "ARCHIVED")).isEqualTo(archived + 1);

        JsonNode cddCase = fx.get(aid, "/cdd/cases?payout_destination_id=PD-archive").json().get(0);
        assertThat(Approvals.statusOfCase(cddCase)).isEqualTo(CaseStatus.ARCHIVED);
        int events = cddCase.get("events").size();
        Api.Reply callback = fx.api.post(ApprovalsFixture.base(aid) + "/cdd/cases/" + cddCase.get("id").asText()
                + "/callback?signature=sig", null, "{}");
        assertThat(callback.status()).isEqualTo(204);
        JsonNode after = fx.get(aid, "/cdd/cases?payout_destination_id=PD-archive").json().get(0);
        assertThat(after.get("events").size()).as("updates to an archived case are ignored").isEqualTo(events);
        assertThat(fx.get(aid, PATH + "/" + id).json().get("case_status").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void anActiveSellerIsOnlyArchivedWithDeleteActive() {
        String aid = aids.get(5);
        String id = create(aid, Bodies.payout("PD-active", "ACTIVE")).get("id").asText();

        Bodies.assertNames(fx.delete(aid, PATH + "/" + id), "delete_active", "query");
        Bodies.assertNames(fx.delete(aid, PATH + "/" + id + "?delete_active=yes"), "delete_active", "query");
        assertThat(fx.get(aid, PATH + "/" + id).json().get("case_status").asText()).isEqualTo("ACTIVE");

        assertThat(fx.delete(aid, PATH + "/" + id + "?delete_active=true").status()).isEqualTo(204);
        assertThat(fx.get(aid, PATH + "/" + id).json().get("case_status").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void theSeedsLengthsAndRequiredFieldsAreEnforced() {
        String aid = aids.get(6);
        ObjectNode body = Bodies.payout("x".repeat(41), "d".repeat(1001));
        body.put("payout_reference", "r".repeat(61));
        body.put("payout_destination_name", "n".repeat(61));
        body.put("payout_interval_type", "hourly");
        body.remove("country_code");
        body.putArray("bank_accounts");

        Api.Reply reply = fx.post(aid, PATH, body);

        Bodies.assertNames(reply, "payout_destination_id");
        Bodies.assertNames(reply, "payout_destination_description");
        Bodies.assertNames(reply, "payout_reference");
        Bodies.assertNames(reply, "payout_destination_name");
        Bodies.assertNames(reply, "payout_interval_type");
        Bodies.assertNames(reply, "country_code");
        Bodies.assertNames(reply, "bank_accounts");

        ObjectNode twoAccounts = Bodies.payout("PD-two", null);
        ((ArrayNode) twoAccounts.get("bank_accounts")).add(Bodies.bankAccount());
        Bodies.assertNames(fx.post(aid, PATH, twoAccounts), "bank_accounts");

        ObjectNode atTheLimits = Bodies.payout("x".repeat(40), "d".repeat(1000));
        atTheLimits.put("payout_reference", "r".repeat(60));
        assertThat(fx.post(aid, PATH, atTheLimits).status()).isEqualTo(200);
    }

    @Test
    void aRejectedApplicationStoresNothing() {
        String aid = aids.get(7);
        String all = "?case_status=" + String.join(",", CaseStatus.VALUES);
        List<String> before = ids(fx.get(aid, PATH + all));
        JsonNode counters = fx.account(aid).get("approvals_payout_destinations_statuses");
        int cases = fx.get(aid, "/cdd/cases").json().size();

        ObjectNode body = Bodies.payout("PD-rejected", "ACTIVE");
        ((ObjectNode) body.get("bank_accounts").get(0)).put("bank_identification_code", "dnb");
        assertThat(fx.post(aid, PATH, body).status()).isEqualTo(400);

        assertThat(ids(fx.get(aid, PATH + all))).isEqualTo(before);
        assertThat(fx.account(aid).get("approvals_payout_destinations_statuses")).isEqualTo(counters);
        assertThat(fx.get(aid, "/cdd/cases").json().size()).isEqualTo(cases);
    }

    @Test
    void everythingSurvivesARestart() {
        String aid = aids.get(8);
        JsonNode created = create(aid, Bodies.payout("PD-restart", "DECLINED"));
        fx = fx.restart();
        assertThat(fx.get(aid, PATH + "/" + created.get("id").asText()).json()).isEqualTo(created);
        assertThat(counter(aid, "DECLINED")).isPositive();
    }
}
