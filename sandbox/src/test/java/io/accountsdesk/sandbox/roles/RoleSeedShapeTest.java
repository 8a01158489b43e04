package io.accountsdesk.sandbox.roles;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SeedShapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;
import java.util.TreeMap;

import static io.accountsdesk.sandbox.clients.Checks.carriesKeysOf;
import static io.accountsdesk.sandbox.clients.Checks.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role operation (endpoints.tsv 16-20) answers with the top-level keys of the seed's response example, and the
 * seed's request examples are accepted as they stand.
 */
class RoleSeedShapeTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("roles-shape");

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    private static JsonNode example(int op, String role) {
        return SeedShapes.example(op, role).json();
    }

    @Test
    void everyOperationAnswersWithTheExampleKeys() {
        Map<Integer, SeedShapes.Example> examples = SeedShapes.byOperation(SeedShapes.examples(16, 20).stream()
                .filter(e -> e.role().equals("response")));
        assertThat(examples.keySet()).containsExactly(16, 17, 18, 19, 20);
        String roles = "/accounts/" + api.partnerId() + "/auth/roles";

        JsonNode created = ok(api.post(roles, token, example(17, "request")));
        String id = created.get("id").asText();
        Map<Integer, JsonNode> answers = new TreeMap<>();
        answers.put(17, created);
        answers.put(16, ok(api.get(roles, token)));
        answers.put(18, ok(api.get(roles + "/" + id, token)));
        answers.put(19, ok(api.put(roles + "/" + id, token, example(19, "request"))));
        answers.put(20, ok(api.delete(roles + "/" + id, token)));

        examples.forEach((op, example) -> carriesKeysOf(answers.get(op), example.json(), "operation " + op + " vs "
                + example.file()));
        assertThat(answers.get(17).get("scope")).isEqualTo(example(17, "request").get("scope"));
    }
}
