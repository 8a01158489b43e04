package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.fields;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's back-dating control: a connection's whole history moves back, as the API and the account list see it. */
class ConnectionBackdateTest {

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-backdate");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static Instant at(JsonNode value) {
        assertThat(value.isTextual()).as("%s is a timestamp", value).isTrue();
        return OffsetDateTime.parse(value.asText()).toInstant();
    }

    /** {@code after.field} is {@code before.field} moved back {@code days} days. */
    private static void assertMovedBack(JsonNode before, JsonNode after, String field, int days) {
        assertThat(at(after.get(field))).as(field).isEqualTo(at(before.get(field)).minus(Duration.ofDays(days)));
    }

    /** A connection as the account document keeps it: the settings view without its placeholder nulls. */
    private static JsonNode stored(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        List<String> nulls = new ArrayList<>();
        copy.fieldNames().forEachRemaining(f -> {
            if (copy.get(f).isNull()) {
                nulls.add(f);
            }
        });
        copy.remove(nulls);
        return copy;
    }

    /** The account as the partner's list shows it. */
    private static JsonNode listed(String query, String aid) {
        return fx.api.listAll(fx.partnerToken, query, 100).stream()
                .filter(a -> a.get("account_id").asText().equals(aid)).findFirst()
                .orElseThrow(() -> new AssertionError(aid + " not listed for " + query));
    }

    @Test
    void aPendingKlarnaConnectionBackdatedTenDaysHasBeenPendingForTenDays() {
        String aid = fx.freshAccount("klarna");
        assertThat(fx.post(aid, "klarna", example("L09392.json")).status()).isEqualTo(200);
        JsonNode before = fx.get(aid, "klarna").json();
        JsonNode accountBefore = fx.account(aid);
        assertThat(before.get("status").asText()).isEqualTo("pending");
        assertThat(before.get("events")).hasSize(1);
        assertThat(before.get("signups")).hasSize(1);

        Api.Reply reply = fx.backdate(aid, "klarna", Map.of("days", 10));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode after = reply.json();

        // The answer is the connection as its settings route shows it, and that route shows the moved times.
        assertThat(fx.get(aid, "klarna").json()).isEqualTo(after);
        assertThat(after.get("status").asText()).isEqualTo("pending");
        assertMovedBack(before, after, "created_at", 10);
        assertMovedBack(before, after, "updated_at", 10);
        assertThat(after.get("events")).hasSize(1);
        assertMovedBack(before.get("events").get(0), after.get("events").get(0), "created_at", 10);
        assertMovedBack(before.get("signups").get(0), after.get("signups").get(0), "created_at", 10);
        // Pending for ten days by now (the signup was made moments ago).
        assertThat(Duration.between(at(after.get("events").get(0).get("created_at")), Instant.now()))
                .isGreaterThanOrEqualTo(Duration.ofDays(10)).isLessThan(Duration.ofDays(10).plusMinutes(5));
        // Nothing but the times changed.
        assertThat(after.get("events").get(0).get("id")).isEqualTo(before.get("events").get(0).get("id"));
        assertThat(after.get("signups").get(0).get("case_id")).isEqualTo(before.get("signups").get(0).get("case_id"));
        assertThat(after.get("configuration")).isEqualTo(before.get("configuration"));

        // The account document was stored: the account's GET and the partner's list show the same connection.
        JsonNode accountAfter = fx.account(aid);
        assertThat(accountAfter.get("connections").get("klarna")).isEqualTo(stored(after));
        assertThat(listed("connection=klarna&connection_status=pending", aid).get("connections").get("klarna"))
                .isEqualTo(stored(after));
        // The account's own times (the list's order) stay.
        assertThat(accountAfter.get("created_at")).isEqualTo(accountBefore.get("created_at"));
        assertThat(accountAfter.get("updated_at")).isEqualTo(accountBefore.get("updated_at"));

        // It is history, not a change: the connection can still be decided, and the decision happens now.
        JsonNode decided = fx.decide(aid, "klarna", "enabled").json();
        assertThat(decided.get("created_at")).isEqualTo(after.get("created_at"));
        assertThat(decided.get("events").get(0)).isEqualTo(after.get("events").get(0));
        assertThat(at(decided.get("events").get(1).get("created_at")))
                .isAfterOrEqualTo(at(before.get("events").get(0).get("created_at")));
    }

    @Test
    void decidedConnectionsMoveTheirCallbackTooAndBackdatingAddsUp() {
        String aid = fx.freshAccount("swish");
        fx.post(aid, "swish", example("L09879.json"));
        JsonNode before = fx.decide(aid, "swish", "declined").json();
        assertThat(before.get("events")).hasSize(2);
        assertThat(before.get("signup").has("callback_at")).isTrue();

        assertThat(fx.backdate(aid, "swish", "{\"days\":3}").status()).isEqualTo(200);
        JsonNode after = fx.backdate(aid, "swish", "{\"days\":4}").json();

        assertThat(after.get("status").asText()).isEqualTo("declined");
        assertMovedBack(before, after, "created_at", 7);
        assertMovedBack(before, after, "updated_at", 7);
        for (int i = 0; i < 2; i++) {
            assertMovedBack(before.get("events").get(i), after.get("events").get(i), "created_at", 7);
        }
        assertMovedBack(before.get("signup"), after.get("signup"), "created_at", 7);
        assertMovedBack(before.get("signup"), after.get("signup"), "callback_at", 7);
        assertThat(fx.account(aid).get("connections").get("swish")).isEqualTo(stored(after));

        fx.restart();
        assertThat(fx.get(aid, "swish").json()).isEqualTo(after);
    }

    @Test
    void bamboraSignupListsMoveToo() {
        String aid = fx.freshAccount("bambora");
        assertThat(fx.post(aid, "bambora/direct", example("L08243.json")).status()).isEqualTo(200);
        assertThat(fx.post(aid, "bambora/payfac?force_new_signup=true", example("L08119.json")).status()).isEqualTo(200);
        JsonNode before = fx.get(aid, "bambora").json();
        assertThat(before.get("direct_signups")).hasSize(1);
        assertThat(before.get("submerchant_signups")).hasSize(1);

        JsonNode after = fx.backdate(aid, "bambora", Map.of("days", 30)).json();
        assertMovedBack(before.get("direct_signups").get(0), after.get("direct_signups").get(0), "created_at", 30);
        assertMovedBack(before.get("submerchant_signups").get(0), after.get("submerchant_signups").get(0),
                "created_at", 30);
        assertThat(after.get("direct_signups").get(0).get("signup_id"))
                .isEqualTo(before.get("direct_signups").get(0).get("signup_id"));
        for (int i = 0; i < before.get("events").size(); i++) {
            assertMovedBack(before.get("events").get(i), after.get("events").get(i), "created_at", 30);
        }
    }

    @Test
    void demoConnectionsAndTheOtherNamesOfAConnectionWork() {
        // A demo Vipps signup carries expires_at (and maybe callback_at): every *_at of it moves.
        String aid = fx.freshAccount(account -> account.path("connections").path("vipps").path("signup")
                .has("expires_at"));
        JsonNode before = fx.get(aid, "vipps").json();
        JsonNode accountBefore = fx.account(aid);
        JsonNode after = fx.backdate(aid, "vipps", Map.of("days", 1)).json();
        // The demo account's updated_at lies in the past: back-dating neither moves it nor makes it now.
        JsonNode accountAfter = fx.account(aid);
        assertThat(accountAfter.get("updated_at")).isEqualTo(accountBefore.get("updated_at"));
        assertThat(accountAfter.get("created_at")).isEqualTo(accountBefore.get("created_at"));
        assertThat(accountAfter.get("connections").get("vipps")).isEqualTo(stored(after));
        List<String> stamps = new ArrayList<>();
        before.get("signup").fieldNames().forEachRemaining(f -> {
            if (f.endsWith("_at")) {
                stamps.add(f);
            }
        });
        assertThat(stamps).contains("created_at", "expires_at");
        for (String field : stamps) {
            assertMovedBack(before.get("signup"), after.get("signup"), field, 1);
        }
        assertThat(after.get("signup").get("url")).isEqualTo(before.get("signup").get("url"));
        assertMovedBack(before, after, "created_at", 1);

        // vipps_psp / vipps-psp and payex / payex.creditcard name the same connections.
        String psp = fx.freshAccount("vipps_psp");
        fx.post(psp, "vipps-psp", example("L09501.json"));
        JsonNode pspBefore = fx.get(psp, "vipps-psp").json();
        fx.backdate(psp, "vipps_psp", Map.of("days", 2));
        JsonNode pspAfter = fx.backdate(psp, "vipps-psp", Map.of("days", 2)).json();
        assertMovedBack(pspBefore, pspAfter, "created_at", 4);

        String payex = fx.freshAccount("payex");
        fx.post(payex, "payex/payex.creditcard", example("L09692.json"));
        JsonNode payexBefore = fx.get(payex, "payex/payex.creditcard").json();
        JsonNode payexAfter = fx.backdate(payex, "payex.creditcard", Map.of("days", 5)).json();
        assertMovedBack(payexBefore, payexAfter, "created_at", 5);
        assertThat(fx.get(payex, "payex/payex.creditcard").json()).isEqualTo(payexAfter);
    }

    @Test
    void theBackdateRouteValidatesItsBodyAndPath() {
        String aid = fx.freshAccount("klarna");
        fx.post(aid, "klarna", example("L09392.json"));
        JsonNode before = fx.get(aid, "klarna").json();

        for (String body : List.of("{}", "{\"days\":null}", "{\"days\":0}", "{\"days\":-10}", "{\"days\":1.5}",
                "{\"days\":\"10\"}", "{\"days\":true}", "{\"days\":3651}")) {
            JsonNode error = assertError(fx.backdate(aid, "klarna", body), 400, "invalid_request");
            assertThat(fields(error)).as(body).containsExactly("body:days");
        }
        assertThat(fields(assertError(fx.backdate(aid, "klarna", null), 400, "invalid_request")))
                .containsExactly("body:body");
        assertThat(fields(assertError(fx.backdate(aid, "klarna", "[10]"), 400, "invalid_request")))
                .containsExactly("body:body");
        assertThat(fields(assertError(fx.backdate(aid, "paypal", Map.of("days", 10)), 400, "invalid_request")))
                .containsExactly("path:connection");
        assertThat(fields(assertError(fx.backdate(aid, "santander", "{\"days\":0}"), 400, "invalid_request")))
                .containsExactly("path:connection", "body:days");
        assertThat(fields(assertError(fx.backdate("X1", "klarna", Map.of("days", 10)), 400, "invalid_request")))
                .containsExactly("path:aid");
        // Nothing was moved by any of them.
        assertThat(fx.get(aid, "klarna").json()).isEqualTo(before);

        assertError(fx.backdate(ConnectionFixture.MISSING_ACCOUNT, "klarna", Map.of("days", 10)), 404, "not_found");
        String without = fx.freshAccount("vipps_psp");
        JsonNode accountBefore = fx.account(without);
        assertError(fx.backdate(without, "vipps-psp", Map.of("days", 10)), 404, "not_found");
        assertThat(fx.account(without)).isEqualTo(accountBefore);

        // The limits themselves are fine; 10.0 is a whole number, as elsewhere in the sandbox.
        assertThat(fx.backdate(aid, "klarna", "{\"days\":1}").status()).isEqualTo(200);
        assertThat(fx.backdate(aid, "klarna", "{\"days\":3650}").status()).isEqualTo(200);
        JsonNode after = fx.backdate(aid, "klarna", "{\"days\":10.0}").json();
        assertMovedBack(before, after, "created_at", 3661);
    }
}
