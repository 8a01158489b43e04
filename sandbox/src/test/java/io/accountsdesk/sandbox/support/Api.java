package io.accountsdesk.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain HTTP + JSON against a sandbox, as any client would talk to it (no api-client on purpose). */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI baseUrl;
    private final String partnerId;
    private final String clientId;
    private final String clientSecret;

    public Api(URI baseUrl, String partnerId, String clientId, String clientSecret) {
        this.baseUrl = baseUrl;
        this.partnerId = partnerId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public String partnerId() {
        return partnerId;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** Any method with an optional JSON body (a string, or anything Jackson writes) and an optional bearer token. */
    public Reply send(String method, String path, String token, Object body) {
        String json;
        try {
            json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Reply requestToken(String oid, String id, String secret, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/accounts/" + oid + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (id != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b.build());
    }

    public String token() {
        Reply reply = requestToken(partnerId, clientId, clientSecret, "{\"grant_type\":\"client_credentials\",\"audience\":\""
                + baseUrl + "/accounts/" + partnerId + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("access_token").asText();
    }

    public String accountsPath() {
        return "/accounts/" + partnerId + "/management/accounts";
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every account matching {@code query} (without limit/starting_after), following starting_after to the end. */
    public List<JsonNode> listAll(String token, String query, int limit) {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String after = null;
        for (int page = 0; page < 100_000; page++) {
            String q = (query.isEmpty() ? "" : query + "&") + "limit=" + limit + (after == null ? "" : "&starting_after=" + after);
            Reply reply = get(accountsPath() + "?" + q, token);
            assertThat(reply.status()).as(q + " → " + reply.body()).isEqualTo(200);
            JsonNode array = reply.json();
            assertThat(array.isArray()).isTrue();
            assertThat(array.size()).isLessThanOrEqualTo(limit);
            for (JsonNode account : array) {
                assertThat(seen.add(account.get("account_id").asText()))
                        .as("account %s returned twice while paging %s", account.get("account_id"), q).isTrue();
                all.add(account);
            }
            if (array.size() < limit) {
                return all;
            }
            after = array.get(array.size() - 1).get("account_id").asText();
        }
        throw new AssertionError("Paging did not end");
    }
}
