package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SeedShapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.accountsdesk.sandbox.clients.Checks.carriesKeysOf;
import static io.accountsdesk.sandbox.clients.Checks.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every clients &amp; grants operation (endpoints.tsv 8-15) answers with the top-level keys of the seed's response
 * example, and accepts the seed's request examples. examples.tsv guesses the rotate-secret example (seed line 405) to be
 * a request; rotate-secret takes no body and the example is the client with its new secret, so it is the response.
 */
class ClientSeedShapeTest {

    private static final int ROTATE_OP = 12;
    private static final int ROTATE_RESPONSE_LINE = 405;

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("clients-shape");

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    private static Map<Integer, SeedShapes.Example> responses() {
        return SeedShapes.byOperation(SeedShapes.examples(8, 15).stream()
                .filter(e -> e.role().equals("response") || e.seedLine() == ROTATE_RESPONSE_LINE));
    }

    private static JsonNode request(int op) {
        return SeedShapes.examples(op, op).stream().filter(e -> e.role().equals("request") && e.op() != ROTATE_OP)
                .findFirst().orElseThrow().json();
    }

    @Test
    void everyOperationAnswersWithTheExampleKeys() {
        Map<Integer, SeedShapes.Example> examples = responses();
        assertThat(examples.keySet()).containsExactly(8, 9, 10, 11, 12, 13, 14, 15);
        String clients = "/accounts/" + api.partnerId() + "/auth/clients";
        String grants = "/accounts/" + api.partnerId() + "/auth/client-grants";

        // The seed's create example as it stands (client_id "string").
        JsonNode created = ok(api.post(clients, token, request(9)));
        String id = created.get("id").asText();
        // The seed's grant example leaves out the required audience; with it, and naming the client just created.
        ObjectNode grantBody = (ObjectNode) request(14).deepCopy();
        grantBody.put("client_id", created.get("client_id").asText());
        grantBody.put("audience", api.baseUrl() + "/accounts/" + api.partnerId());
        JsonNode grant = ok(api.post(grants, token, grantBody));

        Map<Integer, JsonNode> answers = new TreeMap<>();
        answers.put(9, created);
        answers.put(14, grant);
        answers.put(8, ok(api.get(clients, token)));
        answers.put(10, ok(api.get(clients + "/" + id, token)));
        answers.put(12, ok(api.post(clients + "/" + id + "/rotate-secret", token, null)));
        answers.put(13, ok(api.get(grants, token)));
        answers.put(15, ok(api.delete(grants + "/" + grant.get("id").asText(), token)));
        answers.put(11, ok(api.delete(clients + "/" + id, token)));

        examples.forEach((op, example) -> carriesKeysOf(answers.get(op), example.json(), "operation " + op + " vs "
                + example.file()));
        assertThat(List.of(answers.get(9), answers.get(12))).allMatch(a -> a.has("client_secret"));
        assertThat(List.of(answers.get(10), answers.get(11))).noneMatch(a -> a.has("client_secret"));
    }
}
