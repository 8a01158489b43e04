package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SharedDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every approvals operation that has an example in shared/api/examples (rows 89-97 of examples.tsv) answers with at
 * least that example's keys: at the top level, and inside the nested objects a client reads (list items, bank
 * accounts, the form submitter, a case's events). Error examples are checked against this operation's own errors.
 */
class ApprovalsShapeTest {

    private static ApprovalsFixture fx;
    private static String aid;
    private static final Map<Integer, Function<String, Api.Reply>> CALLS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        fx = ApprovalsFixture.start("approvals-shape");
        aid = fx.accounts().get(0).get("account_id").asText();
        String seller = fx.post(aid, "/approvals/payout-destinations", Bodies.payout("PD-shape", null)).json().get("id").asText();
        fx.post(aid, "/approvals/payments", Bodies.payments());
        fx.post(aid, "/cdd/cases", Bodies.cddCase("PD-shape-case", null));
        String settings = ApprovalsFixture.base(aid);
        CALLS.put(89, role -> fx.get(aid, "/cdd/cases"));
        CALLS.put(90, role -> fx.post(aid, "/cdd/cases", Bodies.cddCase("PD-shape-2", null)));
        CALLS.put(91, role -> fx.api.post(settings + "/cdd/cases/unknown/callback", null, "{}"));
        CALLS.put(92, role -> fx.get(aid, "/approvals/payments"));
        CALLS.put(93, role -> fx.post(aid, "/approvals/payments", Bodies.payments()));
        CALLS.put(94, role -> fx.get(aid, "/approvals/payout-destinations"));
        CALLS.put(95, role -> fx.post(aid, "/approvals/payout-destinations", Bodies.payout("PD-shape-3", null)));
        CALLS.put(96, role -> fx.delete(aid, "/approvals/payout-destinations/497f6eca-6276-4993-bfeb-53cbbbba6f08"));
        CALLS.put(97, role -> fx.get(aid, "/approvals/payout-destinations/" + seller));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The example's keys are all in the answer, here and in every object below, following the first list item. */
    private static void assertCarries(String where, JsonNode answer, JsonNode example) {
        if (example.isObject()) {
            assertThat(answer.isObject()).as(where + " is an object: " + answer).isTrue();
            assertThat(keys(answer)).as(where).containsAll(keys(example));
            example.fields().forEachRemaining(e -> {
                JsonNode value = answer.get(e.getKey());
                boolean nested = e.getValue().isObject() && e.getValue().size() > 0
                        || e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0).isObject()
                        && e.getValue().get(0).size() > 0;
                // An error's errors[] items are free-form in the seed ({}); a null here is a field not set.
                if (nested && value != null && !value.isNull() && !(value.isArray() && value.isEmpty())) {
                    assertCarries(where + "." + e.getKey(), value, e.getValue());
                }
            });
        } else if (example.isArray() && example.size() > 0) {
            assertThat(answer.isArray()).as(where + " is an array").isTrue();
            assertThat(answer.size()).as(where + " has items to compare").isPositive();
            for (JsonNode item : answer) {
                assertCarries(where + "[]", item, example.get(0));
            }
        }
    }

    @Test
    void everyExampleOfTheGroupIsMatched() throws IOException {
        List<String> rows = Files.readAllLines(SharedDir.resolve().resolve("api/examples/examples.tsv"));
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            int seq = Integer.parseInt(cols[2]);
            String role = cols[6];
            if (seq < 89 || seq > 97 || role.equals("request")) {
                continue;
            }
            JsonNode example = Api.JSON.readTree(SharedDir.example(cols[0]).toFile());
            Api.Reply reply = CALLS.get(seq).apply(role);
            String where = cols[0] + " (" + cols[3] + " " + cols[4] + ", " + role + ")";
            if (role.equals("error")) {
                assertThat(reply.status()).as(where + ": " + reply.body()).isGreaterThanOrEqualTo(400);
            } else {
                assertThat(reply.status()).as(where + ": " + reply.body()).isEqualTo(200);
            }
            assertCarries(where, reply.json(), example);
            checked++;
        }
        assertThat(checked).as("examples of rows 89-97 with a response or error").isEqualTo(9);
    }

    @Test
    void contractsAreTheOnlyKeyLeftOutByDefault() throws IOException {
        JsonNode example = Api.JSON.readTree(SharedDir.example("L10610.json").toFile()).get(0);
        JsonNode plain = fx.get(aid, "/cdd/cases").json().get(0);
        assertThat(keys(plain.at("/events/0/case"))).doesNotContain("contracts");
        assertThat(keys(plain)).containsAll(keys(example));
        assertThat(keys(plain.at("/case_request"))).containsAll(keys(example.get("case_request")));
    }
}
