package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;

import java.util.ArrayList;
import java.util.List;

import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Assertions the clients &amp; grants and roles tests share. */
public final class Checks {

    private Checks() {
    }

    public static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A 400 naming exactly these fields in errors[]. */
    public static void invalid(Api.Reply reply, String... fields) {
        JsonNode error = assertError(reply, 400, "invalid_request");
        assertThat(fieldsOf(error)).as(reply.body()).containsExactlyInAnyOrder(fields);
    }

    public static List<String> fieldsOf(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    public static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asText(null)));
        return values;
    }

    /** The answer carries the example's top-level keys; for a list, its first item those of the example's first. */
    public static void carriesKeysOf(JsonNode answer, JsonNode example, String what) {
        if (example.isArray()) {
            assertThat(answer.isArray()).as(what + ": " + answer).isTrue();
            assertThat(answer.size()).as(what + " needs an item to compare").isPositive();
            for (JsonNode item : answer) {
                assertThat(keys(item)).as(what + " item " + item).containsAll(keys(example.get(0)));
            }
        } else {
            assertThat(keys(answer)).as(what + ": " + answer).containsAll(keys(example));
        }
    }

    public static String tokenBody(Api api) {
        return "{\"grant_type\":\"client_credentials\",\"audience\":\"" + api.baseUrl() + "/accounts/" + api.partnerId() + "\"}";
    }

    /** A token for a client given by id and secret, or the reply that refused it. */
    public static Api.Reply tokenFor(Api api, String clientId, String secret) {
        return api.requestToken(api.partnerId(), clientId, secret, tokenBody(api));
    }
}
