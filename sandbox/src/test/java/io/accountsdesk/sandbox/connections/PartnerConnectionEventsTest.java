package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Row 33: a partner sets a sub-account's connection status and logs an event. */
class PartnerConnectionEventsTest {

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-events");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static ObjectNode event(String status, String event) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.put("status", status).put("event", event).put("description", "from the partner");
        return body;
    }

    @Test
    void theSeedExampleLogsAnEventWithoutChangingAPendingStatus() {
        String aid = fx.freshAccount("vipps");
        JsonNode signup = fx.post(aid, "vipps", null).json();
        Api.Reply reply = fx.event(aid, "vipps", example("L06028.json"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode event = reply.json();
        assertThat(event.get("status").asText()).isEqualTo("pending");
        assertThat(event.get("event").asText()).isEqualTo("signature_required");
        assertThat(event.get("description").asText()).isEqualTo("Vipps awaiting signature");
        assertThat(event.get("id").asText()).isNotBlank();
        assertThat(event.get("created_by").asText()).isEqualTo(fx.clientId());

        JsonNode connection = fx.get(aid, "vipps").json();
        assertThat(connection.get("status").asText()).isEqualTo("pending");
        assertThat(connection.get("events")).hasSize(2);
        assertThat(connection.get("events").get(1)).isEqualTo(event);
        assertThat(connection.get("signup")).isEqualTo(signup.get("signup"));
    }

    @Test
    void aStatusChangeAppendsAnEventAndTheFiltersFollow() {
        String aid = fx.freshAccount(account -> !account.path("connections").has("collector")
                && !account.path("connections").toString().contains("\"enabled\""));
        fx.post(aid, "collector", example("L08777.json"));

        ObjectNode enable = event("enabled", "approved");
        enable.putObject("metadata").put("ticket", "OPS-1");
        JsonNode event = fx.event(aid, "collector", enable).json();
        assertThat(event.get("metadata").get("ticket").asText()).isEqualTo("OPS-1");
        JsonNode enabled = fx.get(aid, "collector").json();
        assertThat(enabled.get("status").asText()).isEqualTo("enabled");
        assertThat(enabled.get("configuration").get("payment_options").get(0).get("type").asText())
                .isEqualTo("collector.invoice");
        assertThat(fx.api.listAll(fx.partnerToken, "connection=collector&connection_status=enabled", 100))
                .anyMatch(a -> a.get("account_id").asText().equals(aid));

        // The partner is authoritative: enabled may go back to failed, and the configuration goes with it.
        fx.event(aid, "collector", event("failed", "credentials_revoked"));
        JsonNode failed = fx.get(aid, "collector").json();
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("configuration").isNull()).isTrue();
        assertThat(failed.get("events")).hasSize(3);
        assertThat(fx.api.listAll(fx.partnerToken, "payment_option=collector.invoice", 100))
                .noneMatch(a -> a.get("account_id").asText().equals(aid));
    }

    @Test
    void payexCreditcardIsThePayExConnection() {
        String aid = fx.freshAccount("payex");
        fx.post(aid, "payex/payex.creditcard", example("L09692.json"));
        assertThat(fx.event(aid, "payex.creditcard", event("declined", "declined")).status()).isEqualTo(200);
        assertThat(fx.get(aid, "payex/payex.creditcard").json().get("status").asText()).isEqualTo("declined");
    }

    @Test
    void theBodyIsCheckedAgainstTheSeedAndNothingIsStored() {
        String aid = fx.freshAccount("swish");
        fx.post(aid, "swish", example("L09879.json"));
        JsonNode before = fx.account(aid);

        ObjectNode bad = event("approved", "");
        JsonNode error = assertError(fx.event(aid, "swish", bad), 400, "invalid_request");
        assertThat(fields(error)).containsExactlyInAnyOrder("body:status", "body:event");

        ObjectNode missing = Api.JSON.createObjectNode().put("description", "no status, no event");
        assertThat(fields(assertError(fx.event(aid, "swish", missing), 400, "invalid_request")))
                .containsExactlyInAnyOrder("body:status", "body:event");

        ObjectNode tooMuch = event("enabled", "approved");
        ObjectNode metadata = tooMuch.putObject("metadata");
        for (int i = 0; i < 41; i++) {
            metadata.put("k" + i, i);
        }
        assertThat(fields(assertError(fx.event(aid, "swish", tooMuch), 400, "invalid_request")))
                .containsExactly("body:metadata");
        tooMuch.put("metadata", "not an object");
        assertThat(fields(assertError(fx.event(aid, "swish", tooMuch), 400, "invalid_request")))
                .containsExactly("body:metadata");

        assertThat(fields(assertError(fx.event(aid, "klarna", event("enabled", "approved")), 400, "invalid_request")))
                .containsExactly("path:connection");
        assertThat(fx.account(aid)).isEqualTo(before);
    }

    @Test
    void onlyThePartnersAccountsWithThatConnection() {
        String aid = fx.freshAccount("instabank");
        JsonNode error = assertError(fx.event(aid, "instabank", event("enabled", "approved")), 404, "not_found");
        assertThat(error.get("message").asText()).contains("instabank");
        assertError(fx.event(ConnectionFixture.MISSING_ACCOUNT, "instabank", event("enabled", "approved")), 404,
                "not_found");

        // A sub-account's own token is not the partner's.
        fx.post(aid, "instabank", example("L09267.json"));
        Api.Reply own = fx.api.post(fx.api.accountsPath() + "/" + aid + "/connections/instabank/events",
                fx.token(aid), event("enabled", "approved"));
        assertError(own, 403, "forbidden");
        Api.Reply anonymous = fx.api.post(fx.api.accountsPath() + "/" + aid + "/connections/instabank/events",
                null, event("enabled", "approved"));
        assertError(anonymous, 401, "unauthorized");
        // And an account acting as owner of itself finds no sub-account of that id.
        Api.Reply self = fx.api.post("/accounts/" + aid + "/management/accounts/" + aid + "/connections/instabank/events",
                fx.token(aid), event("enabled", "approved"));
        assertError(self, 404, "not_found");
        assertThat(fx.get(aid, "instabank").json().get("status").asText()).isEqualTo("pending");
    }
}
