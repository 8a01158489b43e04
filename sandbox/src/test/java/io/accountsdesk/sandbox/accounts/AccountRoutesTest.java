package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.util.List;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.support.ErrorBodies.fieldsAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Single-account reads, parameter validation and routing errors. */
class AccountRoutesTest {

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = TestSandboxes.api(TestSandboxes.shared());
        token = api.token();
    }

    @Test
    void getReturnsTheSameDocumentAsTheList() {
        JsonNode listed = api.get(api.accountsPath() + "?limit=5", token).json().get(4);
        String id = listed.get("account_id").asText();
        Api.Reply reply = api.get(api.accountsPath() + "/" + id, token);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(listed);
    }

    @ParameterizedTest
    @CsvSource({
        "limit=0, limit",
        "limit=101, limit",
        "limit=-5, limit",
        "limit=ten, limit",
        "limit=2.5, limit",
        "limit=1&limit=2, limit",
        "connection=paypal, connection",
        "connection=vipps&connection=mobilepay, connection",
        "connection_status=approved, connection_status",
        "starting_after=T99999999, starting_after",
        "starting_after=nonsense, starting_after",
    })
    void invalidQueryParametersNameTheField(String query, String field) {
        JsonNode error = assertError(api.get(api.accountsPath() + "?" + query, token), 400, "invalid_request");
        assertThat(fieldsAt(error, "query")).containsExactly(field);
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        JsonNode error = assertError(api.get(api.accountsPath() + "?limit=0&connection=paypal&connection_status=approved",
                token), 400, "invalid_request");
        assertThat(fieldsAt(error, "query")).containsExactlyInAnyOrder("limit", "connection", "connection_status");
    }

    @Test
    void limitBoundsAreInclusive() {
        assertThat(api.get(api.accountsPath() + "?limit=1", token).json()).hasSize(1);
        assertThat(api.get(api.accountsPath() + "?limit=100", token).json()).hasSize(100);
    }

    @Test
    void malformedAccountIdIsABadRequestOnThePath() {
        for (String aid : List.of("T1234567", "X12345678", "T123456789", "t12345678")) {
            JsonNode error = assertError(api.get(api.accountsPath() + "/" + aid, token), 400, "invalid_request");
            assertThat(fieldsAt(error, "path")).as(aid).containsExactly("aid");
        }
    }

    @Test
    void malformedOwnerIsABadRequestOnThePath() {
        JsonNode error = assertError(api.get("/accounts/T12/management/accounts", token), 400, "invalid_request");
        assertThat(fieldsAt(error, "path")).containsExactly("oid");
    }

    @Test
    void unknownAccountIsNotFound() {
        assertError(api.get(api.accountsPath() + "/T00000001", token), 404, "not_found");
        // The partner itself is not one of its sub-accounts.
        assertError(api.get(api.accountsPath() + "/" + api.partnerId(), token), 404, "not_found");
    }

    @Test
    void unknownRoutesAreNotFound() {
        assertError(api.get("/accounts/" + api.partnerId() + "/management/nothing-here", token), 404, "not_found");
        assertError(api.get("/nothing", null), 404, "not_found");
        Api.Reply outsideV1 = api.send(HttpRequest.newBuilder(
                java.net.URI.create(api.baseUrl().toString().replace("/v1", "/v2") + "/accounts/T123/auth/keys")).build());
        assertError(outsideV1, 404, "not_found");
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhatIs() {
        Api.Reply reply = api.send(HttpRequest.newBuilder(api.uri(api.accountsPath()))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertError(reply, 405, "method_not_allowed");
        assertThat(reply.header("Allow")).isEqualTo("GET, POST");

        Api.Reply keys = api.send(HttpRequest.newBuilder(api.uri("/accounts/T123/auth/keys"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertError(keys, 405, "method_not_allowed");
        assertThat(keys.header("Allow")).isEqualTo("GET");
    }
}
