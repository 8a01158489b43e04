package io.accountsdesk.client.auth;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.error;
import static io.accountsdesk.client.MockApi.parse;
import static io.accountsdesk.client.MockApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.authusers.AuthUsersApi;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.HttpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserTokenSourceTest {

    private static final String OID = "T12345678";
    private final MockApi api = new MockApi();
    private final AuthApi clientAuth = new AuthApi(api.transport);
    private final List<SessionExpired> reported = new ArrayList<>();

    @AfterEach
    void stop() {
        api.close();
    }

    private UserTokenSource signedIn(String access, long expiresIn, String refresh) {
        return new UserTokenSource(clientAuth, OID, new TokenResponse(access, "Bearer", expiresIn, refresh),
                api.clock, reported::add);
    }

    @Test
    void keepsTheTokenUntilDueThenRefreshesWithTheClientsBearerAndKeepsARotatedRefreshToken() {
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        assertThat(tokens.accessToken()).isEqualTo("user-1");
        api.clock.advance(Duration.ofSeconds(3539));
        assertThat(tokens.accessToken()).isEqualTo("user-1");
        assertThat(api.server.getRequestCount()).isZero();

        api.answer(200, token("user-2", 3600L, "refresh-2"));
        api.clock.advance(Duration.ofSeconds(1)); // a minute before expiry
        assertThat(tokens.accessToken()).isEqualTo("user-2");
        api.answer(200, token("user-3", 3600L, null)); // no rotation this time: the last refresh token stays
        api.clock.advance(Duration.ofHours(1));
        assertThat(tokens.accessToken()).isEqualTo("user-3");
        api.answer(200, token("user-4", 3600L, null));
        api.clock.advance(Duration.ofHours(1));
        assertThat(tokens.accessToken()).isEqualTo("user-4");

        RecordedRequest first = api.take();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/token");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(first)).isEqualTo(parse("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"refresh-1\"}"));
        assertThat(body(api.take()).get("refresh_token").asText()).isEqualTo("refresh-2");
        assertThat(body(api.take()).get("refresh_token").asText()).isEqualTo("refresh-2");
    }

    @Test
    void concurrentCallersWithAStaleTokenCauseOneRefresh() throws Exception {
        int callers = 8;
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        api.clock.advance(Duration.ofHours(2));
        List<Thread> threads = new ArrayList<>();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicBoolean othersWaited = new AtomicBoolean();
        api.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = refreshes.incrementAndGet();
                // Hold the refresh open until every other caller is queued behind it: proof that they overlapped.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (System.nanoTime() < deadline && !othersWaited.get()) {
                    othersWaited.set(threads.stream().filter(t -> t.getState() == Thread.State.BLOCKED).count()
                            == callers - 1);
                    Thread.onSpinWait();
                }
                return MockApi.json(200, token("user-" + (n + 1), 3600L, null));
            }
        });
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < callers; i++) {
            threads.add(new Thread(() -> {
                try {
                    go.await();
                    seen.add(tokens.accessToken());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread thread : threads) {
            thread.join(10_000);
        }

        assertThat(othersWaited).as("all other callers waited for the one refresh").isTrue();
        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(seen).hasSize(callers).containsOnly("user-2");
    }

    @Test
    void aRefusedRefreshTokenEndsTheSessionAndIsReportedOnce() {
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        api.clock.advance(Duration.ofHours(2));
        api.answer(400, error("invalid_grant"));

        assertThatThrownBy(tokens::accessToken).isInstanceOfSatisfying(SessionExpired.class, e -> {
            assertThat(e.code()).isEqualTo("invalid_grant");
            assertThat(e.status()).isEqualTo(400);
        });
        assertThatThrownBy(tokens::accessToken).isInstanceOf(SessionExpired.class);

        assertThat(reported).hasSize(1);
        assertThat(tokens.active()).isFalse();
        assertThat(api.server.getRequestCount()).as("no second refresh with a refused token").isEqualTo(1);
    }

    @Test
    void withoutARefreshTokenTheSessionEndsWhenTheTokenIsDue() {
        UserTokenSource tokens = signedIn("user-1", 3600, null);
        api.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(tokens::accessToken).isInstanceOfSatisfying(SessionExpired.class,
                e -> assertThat(e.code()).isEqualTo(SessionExpired.NO_REFRESH_TOKEN));
        assertThat(reported).hasSize(1);
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void aServerHiccupKeepsTheSessionAndUsesTheOldTokenWhileItIsStillValid() {
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        api.clock.advance(Duration.ofSeconds(3550)); // due for renewal, not yet expired
        api.answer(503, error("unavailable"));
        assertThat(tokens.accessToken()).isEqualTo("user-1");

        api.clock.advance(Duration.ofSeconds(60)); // now expired
        api.answer(503, error("unavailable"));
        assertThatThrownBy(tokens::accessToken).isInstanceOf(ApiException.Server.class)
                .isNotInstanceOf(SessionExpired.class);
        assertThat(tokens.active()).isTrue();
        assertThat(reported).isEmpty();

        api.answer(200, token("user-2", 3600L, null));
        assertThat(tokens.accessToken()).isEqualTo("user-2");
        assertThat(body(api.take()).get("refresh_token").asText()).isEqualTo("refresh-1");
    }

    @Test
    void aUserCallRefusedWith401RefreshesAndIsRetriedWithTheNewToken() {
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        HttpTransport asUser = api.newTransport(null, null);
        asUser.useTokens(tokens);
        api.answer(401, error("invalid_token"));
        api.answer(200, token("user-2", 3600L, null));
        api.answer(200, "{\"username\":\"bob\"}");

        assertThat(new AuthUsersApi(asUser).delete(OID, "bob").username()).isEqualTo("bob");

        assertThat(api.take().getHeaders().get("Authorization")).isEqualTo("Bearer user-1");
        RecordedRequest refresh = api.take();
        assertThat(refresh.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(refresh).get("grant_type").asText()).isEqualTo("refresh_token");
        RecordedRequest retried = api.take();
        assertThat(retried.getMethod()).isEqualTo("DELETE");
        assertThat(retried.getHeaders().get("Authorization")).isEqualTo("Bearer user-2");
    }

    @Test
    void signingOutRevokesTheRefreshTokenAndEndsTheSession() {
        UserTokenSource tokens = signedIn("user-1", 3600, "refresh-1");
        api.answer(200, "{}");

        tokens.signOut();

        RecordedRequest revoke = api.take();
        assertThat(revoke.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/revoke");
        assertThat(revoke.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(revoke)).isEqualTo(parse("{\"token\":\"refresh-1\"}"));
        assertThatThrownBy(tokens::accessToken).isInstanceOf(SessionExpired.class);
        assertThat(tokens.toString()).doesNotContain("refresh-1").doesNotContain("user-1");
    }
}
