package io.accountsdesk.sandbox.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.example;
import static io.accountsdesk.sandbox.connections.ConnectionFixture.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Provider callbacks that complete a signup, the Vipps restart, overrides and the common signup's link. */
class ConnectionCallbackTest {

    private static ConnectionFixture fx;

    @BeforeAll
    static void start() {
        fx = ConnectionFixture.start("connections-callback");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /**
     * One callback route.
     *
     * @param signup      the signup route and its seed example (null: no body)
     * @param callback    the callback route below …/connections/, before the reference
     * @param example     the seed's callback example
     * @param configured  a configuration field the callback sets, and its expected value
     * @param secret      a body field that must not show up anywhere
     * @param breaker     breaks the callback body in one field
     * @param badField    the field the 400 names
     */
    record Callback(String key, String signup, String signupExample, String callback, String example,
                    String configured, String value, String secret, Consumer<ObjectNode> breaker, String badField) {
        @Override
        public String toString() {
            return key;
        }
    }

    static Stream<Callback> callbacks() {
        return Stream.of(
                new Callback("bambora", "bambora/direct", "L08243.json", "bambora", "L08757.json",
                        "merchant_number", "P12345678", null, b -> b.remove("md5_key"), "md5_key"),
                new Callback("collector", "collector", "L08777.json", "collector", "L08893.json",
                        "username", "c_user", "my_collector_bank_password", b -> b.remove("username"), "username"),
                new Callback("instabank", "instabank", "L09267.json", "instabank", "L09378.json",
                        "organization_number", "string", null, b -> b.put("organization_number", 7), "organization_number"),
                new Callback("payex", "payex/payex.creditcard", "L09692.json", "payex/payex.creditcard", "L09830.json",
                        "payee_id", "803-518c-4fa0-9b0f-177e871f21dd",
                        "eb4835ac0b0835ad8f886c0b077a49bc28f200ac03ba543ebea8bba8a62e143d",
                        b -> b.put("subsite", "x".repeat(41)), "subsite"),
                new Callback("swish", "swish", "L09879.json", "swish", "L09989.json",
                        "swish_number", "1231182293", null, b -> b.remove("swish_number"), "swish_number"),
                new Callback("vipps", "vipps", null, "vipps", "L10163.json",
                        "merchant_serial_number", "123456", "verysecret123", b -> b.put("subscriptionKeys", "Access"),
                        "subscriptionKeys"));
    }

    /** The seed's example, with its placeholders made real where the sandbox checks them. */
    static ObjectNode callbackBody(Callback c, JsonNode connection) {
        ObjectNode body = example(c.example());
        if (c.key().equals("collector")) {
            body.put("country", "SE");
            ((ObjectNode) body.get("stores").get(0)).put("country", "SE");
        }
        if (c.key().equals("vipps")) {
            body.put("signup-id", connection.get("signup").get("id").asText());
        }
        return body;
    }

    private static JsonNode signUp(Callback c, String aid) {
        Api.Reply reply = fx.post(aid, c.signup(), c.signupExample() == null ? null : example(c.signupExample()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String readPath(Callback c) {
        return c.key().equals("payex") ? "payex/payex.creditcard" : c.key();
    }

    @ParameterizedTest
    @MethodSource("callbacks")
    void theCallbackEnablesTheConnectionWithWhatTheProviderSent(Callback c) {
        String aid = fx.freshAccount(c.key());
        JsonNode pending = signUp(c, aid);
        Api.Reply reply = fx.post(aid, c.callback() + "/ref-" + c.key(), callbackBody(c, pending));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().isObject() && reply.json().isEmpty()).isTrue();

        JsonNode connection = fx.get(aid, readPath(c)).json();
        assertThat(connection.get("status").asText()).isEqualTo("enabled");
        JsonNode configuration = connection.get("configuration");
        assertThat(configuration.get(c.configured()).asText()).isEqualTo(c.value());
        assertThat(configuration.get("payment_options")).isNotEmpty();
        configuration.get("payment_options").forEach(o -> assertThat(o.get("currencies")).isNotEmpty());
        JsonNode last = connection.get("events").get(connection.get("events").size() - 1);
        assertThat(last.get("status").asText()).isEqualTo("enabled");
        assertThat(last.get("event").asText()).isEqualTo("approved");
        assertThat(last.get("metadata").get("callback_reference").asText()).isEqualTo("ref-" + c.key());
        JsonNode signup = connection.has("signup") && connection.get("signup").isObject() ? connection.get("signup")
                : connection.get("direct_signups").get(0);
        assertThat(signup.get("callback_at").asText()).isEqualTo(last.get("created_at").asText());
        if (c.secret() != null) {
            assertThat(fx.account(aid).toString()).doesNotContain(c.secret());
            assertThat(connection.toString()).doesNotContain(c.secret());
        }
        // The account document and its filters agree with the settings route.
        JsonNode account = fx.account(aid);
        assertThat(account.get("connections").get(c.key())).isNotNull();
        assertThat(account.get("connections").get(c.key()).get("status").asText()).isEqualTo("enabled");
        String type = configuration.get("payment_options").get(0).get("type").asText();
        assertThat(fx.api.listAll(fx.partnerToken, "payment_option=" + type, 100))
                .anyMatch(a -> a.get("account_id").asText().equals(aid));
    }

    @ParameterizedTest
    @MethodSource("callbacks")
    void aBrokenCallbackIsNamedAndChangesNothing(Callback c) {
        String aid = fx.freshAccount(c.key());
        JsonNode pending = signUp(c, aid);
        ObjectNode body = callbackBody(c, pending);
        c.breaker().accept(body);
        JsonNode error = assertError(fx.post(aid, c.callback() + "/ref", body), 400, "invalid_request");
        assertThat(fields(error)).contains("body:" + c.badField());
        assertThat(fx.get(aid, readPath(c)).json()).isEqualTo(pending);
    }

    @ParameterizedTest
    @MethodSource("callbacks")
    void aCallbackWithoutASignupIs404(Callback c) {
        String aid = fx.freshAccount(c.key());
        ObjectNode body = example(c.example());
        if (c.key().equals("collector")) {
            body.put("country", "SE").remove("stores");
        }
        body.remove("signup-id");
        JsonNode error = assertError(fx.post(aid, c.callback() + "/ref", body), 404, "not_found");
        assertThat(error.get("message").asText()).contains("has no");
    }

    @Test
    void aDeclinedSignupCannotBeCompletedButAnEnabledOneTakesNewConfiguration() {
        Callback swish = callbacks().filter(c -> c.key().equals("swish")).findFirst().orElseThrow();
        String declined = fx.freshAccount("swish");
        signUp(swish, declined);
        assertThat(fx.decide(declined, "swish", "declined").status()).isEqualTo(200);
        assertError(fx.post(declined, "swish/ref", example("L09989.json")), 409, "conflict");

        String enabled = fx.freshAccount("swish");
        signUp(swish, enabled);
        assertThat(fx.post(enabled, "swish/ref", example("L09989.json")).status()).isEqualTo(200);
        ObjectNode again = example("L09989.json").put("swish_number", "1239999999");
        assertThat(fx.post(enabled, "swish/ref2", again).status()).isEqualTo(200);
        JsonNode connection = fx.get(enabled, "swish").json();
        assertThat(connection.get("configuration").get("swish_number").asText()).isEqualTo("1239999999");
        JsonNode last = connection.get("events").get(connection.get("events").size() - 1);
        assertThat(last.get("event").asText()).isEqualTo("configuration_updated");
    }

    @Test
    void aPemCertificateNeedsItsKeyAndCa() {
        String aid = fx.freshAccount("swish");
        fx.post(aid, "swish", example("L09879.json"));
        String pem = Base64.getEncoder().encodeToString("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII));
        ObjectNode body = example("L09989.json").put("cert", pem);
        body.remove("key");
        body.remove("ca");
        JsonNode error = assertError(fx.post(aid, "swish/ref", body), 400, "invalid_request");
        assertThat(fields(error)).containsExactlyInAnyOrder("body:key", "body:ca");
        body.put("key", "not base64!");
        assertThat(fields(assertError(fx.post(aid, "swish/ref", body), 400, "invalid_request"))).contains("body:key");
    }

    @Test
    void vippsCallbacksMustNameTheCurrentSignup() {
        String aid = fx.freshAccount("vipps");
        fx.post(aid, "vipps", null);
        ObjectNode body = example("L10163.json"); // the seed's signup-id, not this account's
        JsonNode error = assertError(fx.post(aid, "vipps/ref", body), 400, "invalid_request");
        assertThat(fields(error)).containsExactly("body:signup-id");
    }

    @Test
    void vippsSignupsAreRestartedWithPutUntilEnabled() {
        String aid = fx.freshAccount("vipps");
        Api.Reply put = fx.put(aid, "vipps", null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String firstId = put.json().get("signup").get("id").asText();
        JsonNode conflict = assertError(fx.post(aid, "vipps", null), 409, "conflict");
        assertThat(conflict.get("message").asText()).contains("PUT");

        JsonNode restarted = fx.put(aid, "vipps", null).json();
        assertThat(restarted.get("status").asText()).isEqualTo("pending");
        assertThat(restarted.get("signup").get("id").asText()).isNotEqualTo(firstId);
        assertThat(restarted.get("signup").get("expires_at").asText()).isGreaterThan(restarted.get("updated_at").asText());
        assertThat(restarted.get("events")).hasSize(2);
        assertThat(restarted.get("events").get(1).get("event").asText()).isEqualTo("signup_restarted");

        assertThat(fx.decide(aid, "vipps", "enabled").status()).isEqualTo(200);
        assertError(fx.put(aid, "vipps", null), 409, "conflict");
        assertError(fx.post(aid, "vipps", null), 409, "conflict");
    }

    @Test
    void overridesNeedTheConnectionAndStayOutOfTheAccount() {
        String aid = fx.freshAccount("payex", "swish", "vipps");
        ObjectNode payex = example("L09846.json");
        assertError(fx.post(aid, "payex/overrides", payex), 404, "not_found");
        assertError(fx.post(aid, "swish/overrides", example("L10007.json")), 404, "not_found");
        assertError(fx.post(aid, "vipps/overrides", example("L10182.json")), 404, "not_found");

        fx.post(aid, "payex/payex.creditcard", example("L09692.json"));
        JsonNode before = fx.account(aid);
        Api.Reply ok = fx.post(aid, "payex/overrides", payex);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().isEmpty()).isTrue();
        assertThat(fx.account(aid)).isEqualTo(before);
        assertThat(fx.account(aid).toString()).doesNotContain("eb4835ac0b0835ad8f886c0b077a49bc28f200ac03ba543ebea8bba8a62e143d");

        // Santander has no signup in this API, so its connection is taken as given.
        Api.Reply santander = fx.post(aid, "santander/overrides", example("L09862.json"));
        assertThat(santander.status()).as(santander.body()).isEqualTo(200);
        // The seed sets no length for store_id: one longer than the store's keys is still taken (it was a 500).
        ObjectNode longStore = example("L09862.json");
        ((ObjectNode) longStore.get("overrides").get(0)).put("store_id", "s".repeat(20_000));
        Api.Reply kept = fx.post(aid, "santander/overrides", longStore);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    }

    @Test
    void brokenOverridesAreNamed() {
        String aid = fx.freshAccount("swish");
        fx.post(aid, "swish", example("L09879.json"));
        ObjectNode two = example("L10007.json");
        two.withArray("overrides").add(two.get("overrides").get(0).deepCopy());
        assertThat(fields(assertError(fx.post(aid, "swish/overrides", two), 400, "invalid_request")))
                .containsExactly("body:overrides");
        ObjectNode noNumber = example("L10007.json");
        ((ObjectNode) noNumber.get("overrides").get(0).get("credentials")).remove("swish_number");
        assertThat(fields(assertError(fx.post(aid, "swish/overrides", noNumber), 400, "invalid_request")))
                .containsExactly("body:overrides[0].credentials.swish_number");
        ObjectNode longSubsite = example("L09846.json");
        ((ObjectNode) longSubsite.get("overrides").get(0).get("credentials")).put("subsite", "1".repeat(41));
        assertThat(fields(assertError(fx.post(aid, "payex/overrides", longSubsite), 400, "invalid_request")))
                .containsExactly("body:overrides[0].credentials.subsite");
        assertThat(fields(assertError(fx.post(aid, "santander/overrides", "{}"), 400, "invalid_request")))
                .containsExactly("body:overrides");
    }

    @Test
    void theCommonSignupHasAStableLink() {
        String aid = fx.freshAccount("common");
        assertError(fx.get(aid, "common/link"), 404, "not_found");
        fx.post(aid, "common", example("L08919.json"));
        Api.Reply link = fx.get(aid, "common/link");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().get("ref").asText()).isNotBlank();
        assertThat(fx.get(aid, "common/link").json()).isEqualTo(link.json());
    }
}
