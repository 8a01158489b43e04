package io.accountsdesk.sandbox.security;

import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken JSON on every operation of {@code endpoints.tsv} that takes a body (its POSTs and PUTs, open ones too),
 * sent with a valid token for the path's account so the body is what is judged: 400 {@code invalid_request} with
 * the error body naming {@code body}, never a 500 and never a success. JSON that parses but is not an object is
 * refused too (4xx with the error body), never a 500.
 *
 * <p>Seen to fail: without the server's check of every JSON body, {@code POST .../auth/clients/{id}/rotate-secret},
 * {@code .../partner_onboarding_link} and other operations that never read their body answered 404 (or 200) to
 * every broken body; and before {@code Request} refused trailing tokens, <code>{"a":1}}</code> was taken
 * as <code>{"a":1}</code> on every operation.
 */
class MalformedJsonTest {

    /** Broken bodies, each as the bytes a client would send. */
    private static final Map<String, byte[]> BROKEN = new LinkedHashMap<>();

    static {
        for (String text : List.of("{\"name\":", "{'name':'x'}", "{\"name\":\"x\",}", "not json", "{\"a\":1}}",
                "[1,2", "{\"a\":\"\\u12\"}", "{\"a\":01}")) {
            BROKEN.put(text, text.getBytes(StandardCharsets.UTF_8));
        }
        BROKEN.put("invalid UTF-8", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'});
        BROKEN.put("UTF-32 lookalike", new byte[]{0, 0, 0, '{', 0, 0, 0, '"'});
    }

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("attack-json", o -> o.withAccounts(3));

    private static Api.Reply send(Endpoints op, byte[] body) {
        Api api = OWN.api();
        return api.send(HttpRequest.newBuilder(api.uri(op.path(api.partnerId()))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + OWN.token())
                .header("Content-Type", "application/json")
                .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void brokenJsonIs400NamingTheBodyOnEveryOperationThatTakesOne() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Endpoints op : Endpoints.all()) {
            if (!op.takesBody()) {
                continue;
            }
            tried++;
            for (Map.Entry<String, byte[]> broken : BROKEN.entrySet()) {
                Api.Reply reply = send(op, broken.getValue());
                boolean namesBody = reply.status() == 400
                        && reply.json().at("/error/code").asText().equals("invalid_request")
                        && reply.json().at("/error/errors/0/field").asText().equals("body")
                        && reply.json().at("/error/errors/0/location").asText().equals("body");
                if (!namesBody) {
                    wrong.add(op + " with " + broken.getKey() + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(tried).as("the POST and PUT rows of endpoints.tsv").isEqualTo(80);
        assertThat(wrong).as("operations that did not refuse broken JSON with 400").isEmpty();
    }

    @Test
    void jsonThatIsNotAnObjectIsRefusedWithTheErrorBodyNever500() {
        List<String> wrong = new ArrayList<>();
        for (Endpoints op : Endpoints.all()) {
            if (!op.takesBody()) {
                continue;
            }
            for (String notAnObject : List.of("[]", "[{}]", "\"text\"", "42", "null", "true")) {
                Api.Reply reply = send(op, notAnObject.getBytes(StandardCharsets.UTF_8));
                boolean refused = reply.status() >= 400 && reply.status() < 500
                        && !reply.json().at("/error/code").asText().isBlank();
                if (!refused) {
                    wrong.add(op + " with " + notAnObject + " -> " + reply.status() + " " + reply.body());
                }
            }
        }
        assertThat(wrong).as("operations that took (or failed on) a body that is not a JSON object").isEmpty();
    }
}
