package io.accountsdesk.client.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.SandboxFixture;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox-only routes under {@code /v1/_sandbox} (not Dintero's API, so the typed client has no methods for them):
 * the outbox where codes land, the provider's decision on a connection, and the stand-in for an external OIDC login.
 * Plain {@code java.net.http}, so the client under test is not what reads its own inputs.
 */
final class SandboxBackdoor {

    /** A raw answer of a sandbox-only route. */
    record Reply(int status, JsonNode json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    SandboxBackdoor(SandboxFixture fixture) {
        this.base = fixture.sandbox().baseUrl().toString();
    }

    /** Every message sent to {@code to}, newest first. */
    List<JsonNode> outbox(String to) {
        Reply reply = send("GET", "/_sandbox/outbox?limit=100&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8), null);
        if (reply.status() != 200) {
            throw new AssertionError("outbox answered " + reply.status() + ": " + reply.json());
        }
        List<JsonNode> messages = new ArrayList<>();
        reply.json().forEach(messages::add);
        return messages;
    }

    /** The newest code sent to {@code to} for {@code purpose} ({@code mfa}, {@code passwordless}, {@code signup_verification}…). */
    String latestCode(String to, String purpose) {
        return outbox(to).stream()
                .filter(m -> purpose.equals(m.path("purpose").asText()) && m.hasNonNull("code"))
                .map(m -> m.get("code").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + purpose + " code sent to " + to + ": " + outbox(to)));
    }

    /** Plays the provider: {@code POST /_sandbox/accounts/{aid}/connections/{connection}/decide}. */
    Reply decide(String aid, String connection, String status) {
        return send("POST", "/_sandbox/accounts/" + aid + "/connections/" + connection + "/decide",
                MAPPER.createObjectNode().put("status", status).toString());
    }

    /** Mints the authorization code an external OIDC login would give. */
    Reply oidcCode(String accountId, String username, String clientId) {
        return send("POST", "/_sandbox/oidc/codes", MAPPER.createObjectNode().put("account_id", accountId)
                .put("username", username).put("client_id", clientId).toString());
    }

    /** Any request below {@code /v1}, without credentials (for URLs the sandbox hands out, such as upload links). */
    HttpResponse<byte[]> raw(String method, URI uri, byte[] body, String contentType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private Reply send(String method, String path, String json) {
        HttpResponse<byte[]> response = raw(method, URI.create(base + path),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), json == null ? null : "application/json");
        try {
            JsonNode body = response.body().length == 0 ? MAPPER.nullNode() : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON from " + path + ": " + new String(response.body(), StandardCharsets.UTF_8), e);
        }
    }
}
