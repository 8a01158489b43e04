package io.accountsdesk.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientCredentialsTokenSourceTest {

    @Test
    void renewsAMinuteEarlyOrAtHalfLifeForShortTokens() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(ClientCredentialsTokenSource.renewAt(now, 3600L)).isEqualTo(now.plusSeconds(3540));
        assertThat(ClientCredentialsTokenSource.renewAt(now, 20L)).isEqualTo(now.plusSeconds(10));
        assertThat(ClientCredentialsTokenSource.renewAt(now, null)).isEqualTo(now);
    }

    @Test
    void cachesTheSandboxTokenAndRenewsItBeforeExpiry(@TempDir Path dir) {
        try (SandboxFixture fixture = SandboxFixture.start(dir, 3)) {
            MutableClock clock = new MutableClock(Instant.now());
            HttpTransport transport = transport(fixture.config().baseUrl().toString(),
                    fixture.sandbox().credentials().clientId(), fixture.sandbox().credentials().clientSecret());
            ClientCredentialsTokenSource tokens = new ClientCredentialsTokenSource(new AuthApi(transport),
                    fixture.sandbox().credentials().partnerId(), clock);

            String first = tokens.accessToken();
            assertThat(tokens.accessToken()).isSameAs(first);

            clock.advance(Duration.ofHours(2)); // past any default lifetime
            String renewed = tokens.accessToken();
            assertThat(renewed).isNotEqualTo(first);
        }
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            AtomicInteger issued = new AtomicInteger();
            server.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public MockResponse dispatch(mockwebserver3.RecordedRequest request) throws InterruptedException {
                    Thread.sleep(100); // a slow token endpoint makes overlapping refreshes likely if they can happen
                    int n = issued.incrementAndGet();
                    return new MockResponse.Builder()
                            .addHeader("Content-Type", "application/json")
                            .body("{\"access_token\":\"token-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                            .build();
                }
            });
            server.start();
            HttpTransport transport = transport(server.url("/v1").toString(), "client", "secret");
            ClientCredentialsTokenSource tokens = new ClientCredentialsTokenSource(new AuthApi(transport),
                    "T12300000", Clock.systemUTC());

            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> call = () -> {
                    start.await();
                    return tokens.accessToken();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            Set<String> seen = new HashSet<>();
            for (Future<String> result : results) {
                seen.add(result.get());
            }
            pool.shutdown();

            assertThat(issued.get()).isEqualTo(1);
            assertThat(seen).containsExactly("token-1");
        }
    }

    private static HttpTransport transport(String baseUrl, String clientId, String secret) {
        return new HttpTransport(new OkHttpClient(), okhttp3.HttpUrl.get(baseUrl), Json.newMapper(), clientId, secret,
                "test");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
