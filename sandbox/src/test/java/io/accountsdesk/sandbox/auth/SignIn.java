package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps of signing in over plain HTTP, shared by the auth and users tests: a sandbox of their own (they write),
 * the client's token, users, grants, and reading codes from the outbox.
 */
public final class SignIn implements AutoCloseable {

    public final Sandbox sandbox;
    public final Api api;
    public final String partner;
    private final Path dir;
    private String clientToken;

    private SignIn(Path dir, Sandbox sandbox) {
        this.dir = dir;
        this.sandbox = sandbox;
        this.api = TestSandboxes.api(sandbox);
        this.partner = api.partnerId();
    }

    public static SignIn start(String name) {
        Path dir = TestSandboxes.tempDir(name);
        return new SignIn(dir, TestSandboxes.startOwn(dir, true));
    }

    /** The same data directory, started again (after {@link #stopOnly}). */
    public SignIn restart() {
        return new SignIn(dir, TestSandboxes.startOwn(dir, false));
    }

    public void stopOnly() {
        sandbox.close();
    }

    @Override
    public void close() {
        sandbox.close();
        TestSandboxes.delete(dir);
    }

    /** The partner client's own token (cached; tokens live an hour). */
    public String client() {
        if (clientToken == null) {
            clientToken = api.token();
        }
        return clientToken;
    }

    public String tokenPath(String account) {
        return "/accounts/" + account + "/auth/token";
    }

    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** POST /accounts/{aid}/auth/users with a password, and the given OOB channels (links added for them). */
    public JsonNode createAuthUser(String account, String token, String username, String password, String... channels) {
        Map<String, Object> body = body("username", username, "password", password);
        if (channels.length > 0) {
            body.put("links", List.of(Map.of("rel", "phone_number", "href", "tel:+4791234567"),
                    Map.of("rel", "email", "href", "mailto:" + username.replace("@", ".") + "@mail.example")));
            body.put("mfa", Map.of("challenge_type", "oob", "oob_channels", List.of(channels)));
        }
        Api.Reply reply = api.post("/accounts/" + account + "/auth/users", token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public Api.Reply password(String account, String clientToken, String username, String password) {
        return api.post(tokenPath(account), clientToken, body("grant_type", "password", "username", username,
                "password", password));
    }

    /** A user's access token from a password grant that needs no second factor. */
    public JsonNode signIn(String account, String username, String password) {
        Api.Reply reply = password(account, client(), username, password);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The newest code sent to {@code to} for {@code purpose}. */
    public String outboxCode(String to, String purpose) {
        Api.Reply reply = api.get("/_sandbox/outbox?to=" + Api.enc(to), null);
        assertThat(reply.status()).isEqualTo(200);
        for (JsonNode message : reply.json()) {
            if (purpose.equals(message.path("purpose").asText()) && message.hasNonNull("code")) {
                return message.get("code").asText();
            }
        }
        throw new AssertionError("No " + purpose + " code to " + to + " in " + reply.body());
    }

    public int outboxCount(String to) {
        return api.get("/_sandbox/outbox?to=" + Api.enc(to) + "&limit=100", null).json().size();
    }

    /** A sub-account of the partner. */
    public String subAccount(int index) {
        return api.get(api.accountsPath() + "?limit=" + (index + 1), client()).json().get(index).get("account_id").asText();
    }

    /** The {@code field}s named in the error's {@code errors[]}. */
    public static List<String> fields(Api.Reply reply) {
        List<String> fields = new java.util.ArrayList<>();
        reply.json().at("/error/errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
