package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.users.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the auth and users groups that has a response example in the seed answers with at least that
 * example's top-level keys (for list answers: the keys of the first item). The example files are found through
 * {@code spec/api/examples/examples.tsv} by operation number and role {@code response}; operation 86 (PUT
 * management user) is the exception: examples.tsv guesses its only example (L10523) to be a request, but in the seed
 * it follows the request's {@code null} and is the response.
 */
class AuthSeedShapeTest {

    private static SignIn s;
    private static final Map<Integer, JsonNode> ANSWERS = new HashMap<>();

    @BeforeAll
    static void exercise() {
        s = SignIn.start("auth-shape");
        String p = s.partner;
        String audience = s.api.baseUrl() + "/accounts/" + p;
        String clientId = s.sandbox.credentials().clientId();

        // 22-25: auth users
        ANSWERS.put(22, ok(s.api.post("/accounts/" + p + "/auth/users", s.client(), body("username", "shape",
                "password", "long-enough", "links", List.of(Map.of("rel", "phone_number", "href", "tel:+4790000001"),
                        Map.of("rel", "email", "href", "mailto:shape@example.com")),
                "mfa", Map.of("challenge_type", "oob", "oob_channels", List.of("sms", "email"))))));
        ANSWERS.put(23, ok(s.api.put("/accounts/" + p + "/auth/users/shape", s.client(), body("password", "long-enough"))));
        ANSWERS.put(25, ok(s.api.post("/accounts/" + p + "/auth/users/shape/change_username", s.client(),
                body("username", "shape2"))));
        // 6, 26: token endpoint through MFA
        String mfaToken = s.password(p, s.client(), "shape2", "long-enough").json().at("/error/mfa_token").asText();
        JsonNode challenge = ok(s.api.post("/accounts/" + p + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "mfa_token", mfaToken)));
        ANSWERS.put(26, challenge);
        JsonNode tokens = ok(s.api.post(s.tokenPath(p), s.client(), body("grant_type", "mfa-oob", "mfa_token", mfaToken,
                "oob_code", challenge.get("oob_code").asText(), "binding_code", s.outboxCode("+4790000001", "mfa"))));
        ANSWERS.put(6, tokens);
        // 27: recovery
        ANSWERS.put(27, ok(s.api.post("/accounts/" + p + "/auth/mfa/recovery", s.client(), body("challenge_type", "oob",
                "oob_channel", "email", "username", "shape2", "audience", audience))));
        // 5: revoke
        ANSWERS.put(5, ok(s.api.post("/accounts/" + p + "/auth/revoke", s.client(),
                body("token", tokens.get("refresh_token").asText()))));
        // 7: exchange
        ANSWERS.put(7, ok(s.api.post("/accounts/" + p + "/auth/exchange_token", s.client(), body("account_id", s.subAccount(0)))));
        // 21: keys
        ANSWERS.put(21, ok(s.api.get("/accounts/" + p + "/auth/keys", null)));
        // 84, 83, 86, 87, 85: account users
        JsonNode created = ok(s.api.post("/accounts/" + p + "/management/users", s.client(), body("email", "shape@users.example")));
        ANSWERS.put(84, created);
        ANSWERS.put(83, ok(s.api.get("/accounts/" + p + "/management/users", s.client())));
        String uid = created.get("id").asText();
        ANSWERS.put(86, ok(s.api.put("/accounts/" + p + "/management/users/" + uid, s.client(), body("name", "Shape"))));
        ANSWERS.put(87, ok(s.api.get("/accounts/" + p + "/management/users/" + uid + "/activities", s.client())));
        // 3: verification code; 79: profile (signed in with it)
        JsonNode code = ok(s.api.post("/accounts/" + p + "/auth/passwordless/code", s.client(),
                body("audience", audience, "client_id", clientId, "user_id", uid)));
        ANSWERS.put(3, code);
        String userToken = ok(s.api.post(s.tokenPath(p), s.client(), body("grant_type", "authorization_code",
                "ident_type", "email", "ident", "shape@users.example", "code", code.get("verification_code").asText())))
                .get("access_token").asText();
        ANSWERS.put(79, ok(s.api.get("/account/user", userToken)));
        ANSWERS.put(85, ok(s.api.delete("/accounts/" + p + "/management/users/" + uid, s.client())));
        // 4: redirect; 1: OIDC
        ANSWERS.put(4, ok(s.api.post("/accounts/" + p + "/auth/redirect", userToken, body("redirect_uri", "https://x.example"))));
        String oidcCode = ok(s.api.post("/_sandbox/oidc/codes", null, body("account_id", p, "username", DemoUsers.TRAINEE,
                "client_id", clientId))).get("code").asText();
        ANSWERS.put(1, ok(s.api.post("/accounts/" + p + "/auth/oidc/token", null, body("grant_type", "authorization_code",
                "code", oidcCode, "client_id", clientId, "audience", audience))));
        // 24: delete the auth user last
        ANSWERS.put(24, ok(s.api.delete("/accounts/" + p + "/auth/users/shape2", s.client())));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json();
    }

    @ParameterizedTest(name = "operation {0}")
    @ValueSource(ints = {1, 3, 4, 5, 6, 7, 21, 22, 23, 24, 25, 26, 27, 79, 83, 84, 85, 86, 87})
    void answerCarriesTheExamplesKeys(int operation) {
        JsonNode example = example(operation);
        JsonNode answer = ANSWERS.get(operation);
        assertThat(answer).as("operation %d was exercised", operation).isNotNull();
        if (example.isArray()) {
            assertThat(answer.isArray()).isTrue();
            assertThat(answer.size()).as("operation %d answers a non-empty list", operation).isPositive();
            example = example.get(0);
            answer = answer.get(0);
        }
        assertThat(keys(answer)).as("operation %d: %s", operation, answer).containsAll(keys(example));
        if (operation == 79) {
            assertThat(keys(answer.at("/accounts/0"))).containsAll(keys(example.at("/accounts/0")));
            assertThat(keys(answer.at("/accounts/0/user"))).containsAll(keys(example.at("/accounts/0/user")));
            assertThat(keys(answer.at("/configuration/mfa/sms"))).containsAll(keys(example.at("/configuration/mfa/sms")));
        }
    }

    private static JsonNode example(int operation) {
        if (operation == 86) {
            return SeedShapes.json("L10523.json");
        }
        return SeedShapes.example(operation, "response").json();
    }
}
