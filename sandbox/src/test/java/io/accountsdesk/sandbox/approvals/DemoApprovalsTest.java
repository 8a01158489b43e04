package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.demo.OrgNumbers;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts' approvals, derived from their counters on first use: the lists agree with the counters the
 * account list shows, every application has its CDD case, and the sellers' numbers are well-formed.
 */
class DemoApprovalsTest {

    private static final String ALL = "?case_status=" + String.join(",", CaseStatus.VALUES);

    private static ApprovalsFixture fx;
    private static List<JsonNode> accounts;

    @BeforeAll
    static void start() {
        fx = ApprovalsFixture.start("demo-approvals");
        accounts = fx.accounts();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static Map<String, Integer> countByStatus(JsonNode items) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(i -> counts.merge(i.get("case_status").asText(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> counters(JsonNode node) {
        Map<String, Integer> counts = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                counts.put(e.getKey(), e.getValue().asInt());
            }
        });
        return counts;
    }

    @Test
    void everyAccountsApplicationsMatchItsCounters() {
        int payments = 0;
        int sellers = 0;
        for (JsonNode account : accounts) {
            String aid = account.get("account_id").asText();
            JsonNode paymentList = fx.get(aid, "/approvals/payments" + ALL).json().get("payments");
            JsonNode sellerList = fx.get(aid, "/approvals/payout-destinations" + ALL).json().get("payout_destinations");

            assertThat(countByStatus(paymentList)).as(aid + " payments")
                    .isEqualTo(counters(account.get("approvals_payments_statuses")));
            assertThat(countByStatus(sellerList)).as(aid + " sellers")
                    .isEqualTo(counters(account.get("approvals_payout_destinations_statuses")));
            if (paymentList.size() > 0) {
                assertThat(paymentList.get(0).get("case_status").asText()).as(aid + " newest payments application")
                        .isEqualTo(account.get("payment_case_status").asText());
            }
            payments += paymentList.size();
            sellers += sellerList.size();
        }
        assertThat(payments).as("demo payments applications").isPositive();
        assertThat(sellers).as("demo sellers").isPositive();
    }

    @Test
    void everyDemoApplicationHasItsCaseWithAHistoryEndingInItsStatus() {
        for (JsonNode account : accounts.subList(0, 8)) {
            String aid = account.get("account_id").asText();
            Map<String, JsonNode> casesByReference = new HashMap<>();
            fx.get(aid, "/cdd/cases").json().forEach(c -> casesByReference.put(c.at("/case_request/referenceId").asText(), c));
            for (String list : List.of("payments", "payout_destinations")) {
                String path = "/approvals/" + (list.equals("payments") ? "payments" : "payout-destinations") + ALL;
                for (JsonNode approval : fx.get(aid, path).json().get(list)) {
                    JsonNode cddCase = casesByReference.get(approval.get("id").asText());
                    assertThat(cddCase).as(aid + " case of " + approval.get("id")).isNotNull();
                    assertThat(Approvals.statusOfCase(cddCase).name()).isEqualTo(approval.get("case_status").asText());
                    assertThat(cddCase.at("/events/0/event").asText()).isEqualTo("case_created");
                    assertThat(approval.get("created_at").asText()).isGreaterThanOrEqualTo(account.get("created_at").asText());
                    assertThat(approval.at("/links/0/href").asText()).isEqualTo(cddCase.at("/events/0/created/contract_url").asText());
                    if (approval.get("case_status").asText().equals("ARCHIVED")) {
                        assertThat(approval.get("deleted_at").isTextual()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void demoSellersHaveValidNumbersAndMatchingBanks() {
        int checked = 0;
        for (JsonNode account : accounts) {
            String aid = account.get("account_id").asText();
            for (JsonNode seller : fx.get(aid, "/approvals/payout-destinations" + ALL).json().get("payout_destinations")) {
                String country = seller.get("country_code").asText();
                assertThat(OrgNumbers.isValid(country, seller.get("organization_number").asText())).as(seller.toString()).isTrue();
                JsonNode bank = seller.at("/bank_accounts/0");
                String iban = bank.get("bank_account_number").asText();
                assertThat(iban).startsWith(country);
                assertThat(new BigInteger(numeric(iban.substring(4) + iban.substring(0, 4))).mod(BigInteger.valueOf(97)).intValue())
                        .as(iban).isEqualTo(1);
                assertThat(bank.get("bank_identification_code").asText()).matches("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$");
                assertThat(seller.get("payout_destination_description").asText()).doesNotContain("ACTIVE", "DECLINED");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void theDerivationIsAFunctionOfTheAccountDocument() {
        JsonNode account = accounts.stream()
                .filter(a -> a.get("approvals_payout_destinations_statuses").get("ACTIVE").asInt() > 0)
                .findFirst().orElseThrow();
        String aid = account.get("account_id").asText();
        Approvals approvals = new Approvals(null, java.time.Clock.systemUTC(), null);
        Map<String, ObjectNode> first = new CapturingTx().materialize(approvals, aid, (ObjectNode) account);
        Map<String, ObjectNode> second = new CapturingTx().materialize(approvals, aid, (ObjectNode) account);
        assertThat(first).isNotEmpty().isEqualTo(second);

        JsonNode served = fx.get(aid, "/approvals/payout-destinations").json().get("payout_destinations").get(0);
        ObjectNode derived = first.get(Approvals.PAYOUTS + "/" + served.get("id").asText());
        assertThat(derived).as("the served seller is the derived one").isNotNull();
        assertThat(served.get("organization_number")).isEqualTo(derived.get("organization_number"));
    }

    @Test
    void aDerivedAccountIsNotDerivedAgain() {
        String aid = accounts.get(0).get("account_id").asText();
        Api.Reply first = fx.get(aid, "/cdd/cases");
        Api.Reply second = fx.get(aid, "/cdd/cases");
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(fx.get(aid, "/approvals/payments" + ALL).json().get("payments").size())
                .isEqualTo(counters(fx.account(aid).get("approvals_payments_statuses")).values().stream()
                        .mapToInt(Integer::intValue).sum());
    }

    private static String numeric(String text) {
        StringBuilder digits = new StringBuilder();
        for (char ch : text.toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return digits.toString();
    }

    /** A transaction that only records what is put, to run the derivation without a database. */
    private static final class CapturingTx implements io.accountsdesk.sandbox.store.DocumentStore.Tx {
        private final Map<String, ObjectNode> puts = new HashMap<>();

        Map<String, ObjectNode> materialize(Approvals approvals, String aid, ObjectNode account) {
            new DemoApprovals(approvals, aid, account).materialize(this);
            return puts;
        }

        @Override
        public java.util.Optional<ObjectNode> get(String kind, String owner, String id) {
            return java.util.Optional.ofNullable(puts.get(kind + "/" + id));
        }

        @Override
        public void put(String kind, String owner, String id, ObjectNode document, String lookup) {
            puts.put(kind + "/" + id, document.deepCopy());
        }

        @Override
        public boolean delete(String kind, String owner, String id) {
            return puts.remove(kind + "/" + id) != null;
        }

        @Override
        public List<ObjectNode> list(String kind, String owner, String startingAfter, int limit,
                                     java.util.function.Predicate<ObjectNode> keep) {
            return List.of();
        }

        @Override
        public java.util.Optional<io.accountsdesk.sandbox.store.DocumentStore.Found> byLookup(String kind, String lookup) {
            return java.util.Optional.empty();
        }

        @Override
        public java.sql.Connection connection() {
            throw new UnsupportedOperationException();
        }
    }
}
