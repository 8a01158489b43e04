package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.json.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox cannot produce on demand: truncated bodies, slow headers, 429 bursts, a 503 then success, refused
 * connections and cancellation mid-flight. Waits between attempts are recorded, not slept, unless a test is about
 * the wait itself.
 */
class ResilienceTest {

    record Thing(@JsonProperty("name") String name) {
    }

    private static final Operation GET_THING = Operation.get("/things/{thing}").response(Thing.class);
    private static final Operation POST_THING = Operation.post("/things").request(Thing.class).response(Thing.class);
    private static final String OK_BODY = "{\"name\":\"kept\"}";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RetryPolicy recordingPolicy = RetryPolicy.defaults()
            .withRandom(new Random(7))
            .withSleeper((duration, cancellation) -> waits.add(duration));

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpTransport transport(HttpUrl base, RetryPolicy policy, Duration readTimeout, Duration budget) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(readTimeout)
                .callTimeout(Duration.ofSeconds(10))
                .build();
        return new HttpTransport(http, base, Json.newMapper(), null, null, "test", null, policy, budget);
    }

    private HttpTransport transport() {
        return transport(server.url("/v1"), recordingPolicy, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    private static ApiRequest getThing() {
        return ApiRequest.to(GET_THING).path("thing", "a").auth(ApiRequest.Auth.NONE);
    }

    private static ApiRequest postThing() {
        return ApiRequest.to(POST_THING).body(new Thing("new")).auth(ApiRequest.Auth.NONE);
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(OK_BODY).build();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{\"error\":{\"message\":\"busy\"}}").build();
    }

    private static MockResponse tooMany(String retryAfter) {
        return new MockResponse.Builder().code(429).setHeader("Retry-After", retryAfter)
                .body("{\"error\":{\"code\":\"rate_limited\",\"message\":\"Slow down\"}}").build();
    }

    private static MockResponse truncated() {
        // The headers promise the whole body; the connection drops halfway through it.
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"name\":\"" + "x".repeat(4000) + "\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build();
    }

    private static MockResponse slowHeaders() {
        return new MockResponse.Builder().code(200).body(OK_BODY).headersDelay(3, TimeUnit.SECONDS).build();
    }

    @Test
    void a503ThenSuccessIsRetriedWithAJitteredBackoff() {
        server.enqueue(status(503));
        server.enqueue(ok());

        Thing thing = transport().send(getThing());

        assertThat(thing.name()).isEqualTo("kept");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(125), Duration.ofMillis(250));
    }

    @Test
    void backoffDoublesUpToItsCapAndJitterSpreadsIt() {
        RetryPolicy policy = RetryPolicy.defaults().withDelays(Duration.ofMillis(100), Duration.ofMillis(1000))
                .withRandom(new Random(1));
        assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(policy.backoff(10)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> policy.backoff(3)).distinct().count())
                .as("jitter").isGreaterThan(5);
    }

    @Test
    void aPostIsNeverRetriedAfterAServerError() {
        server.enqueue(status(503));
        server.enqueue(ok());

        assertThatThrownBy(() -> transport().send(postThing()))
                .isInstanceOf(ApiException.Server.class)
                .extracting(e -> ((ApiException) e).status()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void a429BurstIsWaitedOutAsLongAsTheServerAsks() {
        server.enqueue(tooMany("2"));
        server.enqueue(tooMany("1"));
        server.enqueue(ok());

        Thing thing = transport().send(getThing());

        assertThat(thing.name()).isEqualTo("kept");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void aBurstLongerThanTheAttemptsEndsAsRateLimitedWithTheServersFigure() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(tooMany("1"));
        }

        assertThatThrownBy(() -> transport().send(getThing()))
                .isInstanceOfSatisfying(ApiException.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRetryAfterBeyondTheCapGoesStraightBackToTheCaller() {
        server.enqueue(tooMany("3600"));

        assertThatThrownBy(() -> transport().send(getThing()))
                .isInstanceOfSatisfying(ApiException.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsUnderstood() {
        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        assertThat(ErrorMapper.retryAfter(inTwoMinutes)).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120));
        assertThat(ErrorMapper.retryAfter("soon")).isNull();
    }

    @Test
    void aTruncatedBodyIsRetriedForAGet() {
        server.enqueue(truncated());
        server.enqueue(ok());

        Thing thing = transport().send(getThing());

        assertThat(thing.name()).isEqualTo("kept");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aTruncatedBodyAfterAPostIsReportedNotRepeated() {
        server.enqueue(truncated());
        server.enqueue(ok());

        assertThatThrownBy(() -> transport().send(postThing()))
                .isInstanceOf(ApiException.Network.class)
                .hasMessageContaining("connection");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void slowHeadersTimeOutAndAGetIsTriedAgain() {
        server.enqueue(slowHeaders());
        server.enqueue(ok());
        HttpTransport impatient = transport(server.url("/v1"), recordingPolicy, Duration.ofMillis(300),
                Duration.ofSeconds(60));

        Thing thing = impatient.send(getThing());

        assertThat(thing.name()).isEqualTo("kept");
        assertThat(waits).hasSize(1);
    }

    @Test
    void slowHeadersOnAPostFailAsATimeoutWithoutARetry() {
        server.enqueue(slowHeaders());
        HttpTransport impatient = transport(server.url("/v1"), recordingPolicy, Duration.ofMillis(300),
                Duration.ofSeconds(60));

        assertThatThrownBy(() -> impatient.send(postThing()))
                .isInstanceOf(ApiException.Network.class)
                .hasMessageContaining("did not answer in time")
                .hasCauseInstanceOf(SocketTimeoutException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPostBecauseNothingWasSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpTransport nowhere = transport(HttpUrl.get("http://127.0.0.1:" + closedPort + "/v1"), recordingPolicy,
                Duration.ofSeconds(1), Duration.ofSeconds(60));

        assertThatThrownBy(() -> nowhere.send(postThing()))
                .isInstanceOf(ApiException.Network.class)
                .hasCauseInstanceOf(ConnectException.class);
        assertThat(waits).hasSize(2);
    }

    @Test
    void noRetryStartsOnceTheCallsBudgetIsSpent() {
        server.enqueue(status(503));
        server.enqueue(ok());
        RetryPolicy slow = recordingPolicy.withDelays(Duration.ofSeconds(4), Duration.ofSeconds(4));
        HttpTransport hurried = transport(server.url("/v1"), slow, Duration.ofSeconds(2), Duration.ofSeconds(1));

        assertThatThrownBy(() -> hurried.send(getThing())).isInstanceOf(ApiException.Server.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingStopsACallThatIsWaitingForTheServer() {
        server.enqueue(new MockResponse.Builder().code(200).body(OK_BODY).headersDelay(20, TimeUnit.SECONDS).build());
        Cancellation cancellation = Cancellation.create();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(cancellation::cancel, 200, TimeUnit.MILLISECONDS);
            HttpTransport patient = transport(server.url("/v1"), recordingPolicy, Duration.ofSeconds(30),
                    Duration.ofSeconds(60));

            assertThatThrownBy(() -> patient.send(getThing().cancellation(cancellation)))
                    .isInstanceOf(ApiException.Cancelled.class);
            assertThat(waits).as("a cancelled call is not retried").isEmpty();
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void cancellingDuringTheBackoffEndsTheWaitAndTheCall() {
        server.enqueue(status(503));
        server.enqueue(ok());
        Cancellation cancellation = Cancellation.create();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(cancellation::cancel, 200, TimeUnit.MILLISECONDS);
            // The real sleeper: a 20 s backoff that the cancellation must cut short.
            RetryPolicy realWaits = RetryPolicy.defaults().withDelays(Duration.ofSeconds(40), Duration.ofSeconds(40));
            HttpTransport waiting = transport(server.url("/v1"), realWaits, Duration.ofSeconds(2), Duration.ofSeconds(90));

            assertThatThrownBy(() -> waiting.send(getThing().cancellation(cancellation)))
                    .isInstanceOf(ApiException.Cancelled.class);
            assertThat(server.getRequestCount()).isEqualTo(1);
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void aCancelledCallIsNeverSent() {
        Cancellation cancellation = Cancellation.create();
        cancellation.cancel();

        assertThatThrownBy(() -> transport().send(getThing().cancellation(cancellation)))
                .isInstanceOf(ApiException.Cancelled.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
