package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** pending → enabled | declined | failed through the sandbox's decide route, as the account list sees it. */
class ConnectionStateMachineTest {

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-states");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static boolean listed(String query, String aid) {
        return fx.api.listAll(fx.partnerToken, query, 100).stream().anyMatch(a -> a.get("account_id").asText().equals(aid));
    }

    /** An account without Klarna and without any enabled connection, so the filters can only match what we do. */
    private static String accountWithNothingEnabled() {
        return fx.freshAccount(account -> {
            JsonNode connections = account.path("connections");
            if (connections.has("klarna")) {
                return false;
            }
            for (JsonNode c : connections) {
                if (c.path("status").asText().equals("enabled")) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void signupThenDecideEnabledGivesAConfigurationThatTheListFiltersFind() {
        String aid = accountWithNothingEnabled();
        assertThat(listed("connection=klarna", aid)).isFalse();

        JsonNode pending = fx.post(aid, "klarna", example("L09392.json")).json();
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(listed("connection=klarna", aid)).isTrue();
        assertThat(listed("connection_status=enabled&connection=klarna", aid)).isFalse();

        Api.Reply decided = fx.decide(aid, "klarna", "enabled");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode enabled = decided.json();
        assertThat(enabled.get("status").asText()).isEqualTo("enabled");
        assertThat(enabled.get("events")).hasSize(2);
        JsonNode event = enabled.get("events").get(1);
        assertThat(event.get("status").asText()).isEqualTo("enabled");
        assertThat(event.get("event").asText()).isEqualTo("approved");
        assertThat(event.get("created_by").asText()).isEqualTo("klarna");
        assertThat(enabled.get("updated_at").asText()).isEqualTo(event.get("created_at").asText());
        JsonNode configuration = enabled.get("configuration");
        assertThat(configuration.get("payment_options").get(0).get("type").asText()).isEqualTo("klarna.klarna");
        assertThat(configuration.get("payment_options").get(0).get("currencies").get(0).asText()).isEqualTo("NOK");
        // Klarna's credentials carry the case id of the signup.
        assertThat(configuration.get("credentials").get(0).get("case_id").asText())
                .isEqualTo(pending.get("signups").get(0).get("case_id").asText());
        assertThat(enabled.get("signups").get(0).get("callback_at").asText()).isEqualTo(event.get("created_at").asText());

        assertThat(fx.get(aid, "klarna").json()).isEqualTo(enabled);
        assertThat(listed("connection_status=enabled&connection=klarna", aid)).isTrue();
        assertThat(listed("payment_option=klarna.klarna", aid)).isTrue();
        assertThat(fx.account(aid).get("connections").get("klarna").get("configuration"))
                .isEqualTo(configuration);

        // Decided is decided: only a pending signup can be decided, and an enabled one cannot be signed up again.
        JsonNode again = assertError(fx.decide(aid, "klarna", "declined"), 409, "conflict");
        assertThat(again.get("message").asText()).contains("enabled");
        assertError(fx.post(aid, "klarna?force_new_signup=true", example("L09392.json")), 409, "conflict");
    }

    @Test
    void declinedAndFailedHaveNoConfigurationAndMayBeSignedUpForAgain() {
        for (String decision : List.of("declined", "failed")) {
            String aid = fx.freshAccount("swish");
            fx.post(aid, "swish", example("L09879.json"));
            JsonNode decided = fx.decide(aid, "swish", decision).json();
            assertThat(decided.get("status").asText()).isEqualTo(decision);
            assertThat(decided.get("configuration").isNull()).isTrue();
            assertThat(fx.account(aid).get("connections").get("swish").has("configuration")).isFalse();
            assertThat(decided.get("events").get(1).get("event").asText())
                    .isEqualTo(decision.equals("failed") ? "signup_failed" : "declined");
            assertThat(decided.get("signup").get("callback_at").asText()).isEqualTo(decided.get("updated_at").asText());
            assertThat(listed("connection=swish&connection_status=" + decision, aid)).isTrue();
            assertThat(listed("payment_option=swish.swish", aid)).isFalse();

            JsonNode resubmitted = fx.post(aid, "swish", example("L09879.json")).json();
            assertThat(resubmitted.get("status").asText()).isEqualTo("pending");
            assertThat(resubmitted.get("events")).hasSize(3);
            assertThat(resubmitted.get("created_at")).isEqualTo(decided.get("created_at"));
            assertThat(resubmitted.get("signup").has("callback_at")).isFalse();
        }
    }

    @Test
    void aDescriptionBecomesPartOfTheEvent() {
        String aid = fx.freshAccount("instabank");
        fx.post(aid, "instabank", example("L09267.json"));
        Api.Reply reply = fx.api.post("/_sandbox/accounts/" + aid + "/connections/instabank/decide", null,
                "{\"status\":\"declined\",\"description\":\"the web shop lacks terms\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("events").get(1).get("description").asText())
                .isEqualTo("Instabank declined the application: the web shop lacks terms");
    }

    @Test
    void providersWithoutAConfigurationInTheSeedGetNone() {
        String aid = fx.freshAccount("visa_tokens");
        JsonNode pending = fx.post(aid, "visa-tokens", example("L10196.json")).json();
        assertThat(pending.get("events").get(0).get("metadata").get("case_id").asText())
                .isEqualTo("c74269e5-1f97-4e20-9164-ffbe3494d8d6");
        JsonNode enabled = fx.decide(aid, "visa-tokens", "enabled").json();
        assertThat(enabled.get("status").asText()).isEqualTo("enabled");
        assertThat(enabled.has("configuration")).isFalse();
    }

    @Test
    void theDecideRouteValidatesItsBodyAndPath() {
        String aid = fx.freshAccount("klarna");
        fx.post(aid, "klarna", example("L09392.json"));
        JsonNode error = assertError(fx.decide(aid, "klarna", "pending"), 400, "invalid_request");
        assertThat(fields(error)).containsExactly("body:status");
        error = assertError(fx.decide(aid, "paypal", "enabled"), 400, "invalid_request");
        assertThat(fields(error)).containsExactly("path:connection");
        error = assertError(fx.api.post("/_sandbox/accounts/" + aid + "/connections/klarna/decide", null, null),
                400, "invalid_request");
        assertThat(fields(error)).containsExactly("body:body");
        assertThat(fields(assertError(fx.decide("X1", "klarna", "enabled"), 400, "invalid_request")))
                .containsExactly("path:aid");
        assertThat(fx.get(aid, "klarna").json().get("status").asText()).isEqualTo("pending");

        assertError(fx.decide(ConnectionFixture.MISSING_ACCOUNT, "klarna", "enabled"), 404, "not_found");
        String without = fx.freshAccount("vipps_psp");
        assertError(fx.decide(without, "vipps-psp", "enabled"), 404, "not_found");
    }

    @Test
    void demoConnectionsFollowTheSameRules() {
        String aid = fx.freshAccount(account -> account.path("connections").path("vipps").path("status").asText()
                .equals("pending"));
        JsonNode before = fx.account(aid).get("connections").get("vipps");
        JsonNode decided = fx.decide(aid, "vipps", "enabled").json();
        assertThat(decided.get("events")).hasSize(before.get("events").size() + 1);
        assertThat(decided.get("configuration").get("payment_options").get(0).get("type").asText()).isEqualTo("vipps");
        assertThat(listed("payment_option=vipps", aid)).isTrue();
    }

    @Test
    void everythingSurvivesARestart() {
        String aid = fx.freshAccount("collector");
        fx.post(aid, "collector", example("L08777.json"));
        JsonNode enabled = fx.decide(aid, "collector", "enabled").json();
        fx.restart();
        assertThat(fx.get(aid, "collector").json()).isEqualTo(enabled);
        assertThat(listed("connection=collector&connection_status=enabled", aid)).isTrue();
    }
}
