package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.TokenSource;
import io.accountsdesk.client.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/**
 * A {@link MockWebServer} and a transport pointed at it, for what the sandbox does not serve yet: checking the exact
 * request an operation sends (method, path, query, body) and how its answer is read.
 */
public final class MockApi implements AutoCloseable {

    public static final ObjectMapper JSON = Json.newMapper();

    private final MockWebServer server = new MockWebServer();
    private final HttpTransport transport;

    public MockApi() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transport = new HttpTransport(new OkHttpClient(), server.url("/v1"), Json.newMapper(), "client", "secret",
                "test");
        transport.useTokens(new TokenSource() {
            @Override
            public String accessToken() {
                return "test-token";
            }

            @Override
            public void invalidate(String token) {
            }
        });
    }

    public HttpTransport transport() {
        return transport;
    }

    /** Queues a 200 answer with {@code json} as its body. */
    public MockApi answer(String json) {
        return answer(200, json);
    }

    public MockApi answer(int status, String json) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(json).build());
        return this;
    }

    /** The next request the server received; fails when none came within a second. */
    public RecordedRequest request() {
        try {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("No request reached the server");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    /** The request's body as JSON, or {@code null} when it had none. */
    public static JsonNode body(RecordedRequest request) {
        try {
            String text = request.getBody() == null ? "" : request.getBody().utf8();
            return text.isEmpty() ? null : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
