package io.accountsdesk.sandbox.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every approvals operation that has an example in spec/api/examples (rows 89-97 of examples.tsv) answers with at
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
    void everyExampleOfTheGroupIsMatched() {
        int checked = 0;
        for (SeedShapes.Example e : SeedShapes.examples(89, 97)) {
            String role = e.role();
            if (role.equals("request")) {
                continue;
            }
            JsonNode example = e.json();
            Api.Reply reply = CALLS.get(e.op()).apply(role);
            String where = e.file() + " (" + e.method() + " " + e.path() + ", " + role + ")";
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
    void contractsAreTheOnlyKeyLeftOutByDefault() {
        JsonNode example = SeedShapes.json("L10610.json").get(0);
        JsonNode plain = fx.get(aid, "/cdd/cases").json().get(0);
        assertThat(keys(plain.at("/events/0/case"))).doesNotContain("contracts");
        assertThat(keys(plain)).containsAll(keys(example));
        assertThat(keys(plain.at("/case_request"))).containsAll(keys(example.get("case_request")));
    }
}
