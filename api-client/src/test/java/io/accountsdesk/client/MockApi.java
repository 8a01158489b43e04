package io.accountsdesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.TokenSource;
import io.accountsdesk.client.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A {@link MockWebServer} standing in for the API, for what the sandbox does not serve yet: checking the exact request
 * an operation sends (method, path, query, headers, body) and how its answer is read. It comes with a client transport
 * pointed at {@code /v1} (client id {@value #CLIENT_ID}, for Basic) whose Bearer token is {@value #CLIENT_TOKEN}, and a
 * clock the test moves by hand.
 */
public final class MockApi implements AutoCloseable {

    public static final String CLIENT_ID = "client-id";
    public static final String CLIENT_SECRET = "client-secret";
    public static final String CLIENT_TOKEN = "client-token";
    public static final String BASIC = Credentials.basic(CLIENT_ID, CLIENT_SECRET);
    /** Production's mapper, for reading and writing bodies in tests. */
    public static final ObjectMapper JSON = Json.newMapper();

    public final MockWebServer server = new MockWebServer();
    public final HttpTransport transport;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    public MockApi() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transport = newTransport(CLIENT_ID, CLIENT_SECRET);
        transport.useTokens(fixed(CLIENT_TOKEN));
    }

    public HttpUrl baseUrl() {
        return server.url("/v1");
    }

    /** Another transport against the same server, e.g. one that acts as a signed-in user. */
    public HttpTransport newTransport(String clientId, String clientSecret) {
        return new HttpTransport(new OkHttpClient(), baseUrl(), Json.newMapper(), clientId, clientSecret, "test");
    }

    /** Queues a 200 answer with {@code json} as its body. */
    public MockApi answer(String json) {
        return answer(200, json);
    }

    /** Queues an answer with {@code json} as its body, or with no body when {@code json} is {@code null}. */
    public MockApi answer(int code, String json) {
        server.enqueue(json == null ? new MockResponse.Builder().code(code).build() : json(code, json));
        return this;
    }

    public static MockResponse json(int code, String json) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(json).build();
    }

    public static String token(String access, Long expiresIn, String refresh) {
        return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\""
                + (expiresIn == null ? "" : ",\"expires_in\":" + expiresIn)
                + (refresh == null ? "" : ",\"refresh_token\":\"" + refresh + "\"") + "}";
    }

    public static String error(String code) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + code + "\"}}";
    }

    /** The next request the server received; fails when none came within five seconds. */
    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).as("a request reached the server").isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request's body as JSON, for comparing whole bodies, field order aside; {@code null} when it had none. */
    public static JsonNode body(RecordedRequest request) {
        String text = request.getBody() == null ? "" : request.getBody().utf8();
        return text.isEmpty() ? null : parse(text);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TokenSource fixed(String token) {
        return new TokenSource() {
            @Override
            public String accessToken() {
                return token;
            }

            @Override
            public void invalidate(String refused) {
            }
        };
    }

    @Override
    public void close() {
        server.close();
    }

    /** A clock the test moves by hand, so expiry is tested without waiting. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
