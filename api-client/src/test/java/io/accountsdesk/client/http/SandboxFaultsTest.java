package io.accountsdesk.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a sandbox that misbehaves on purpose ({@code --faults}): what a user on a bad day sees. Waits are
 * recorded, not slept.
 */
class SandboxFaultsTest {

    @TempDir
    static Path dir;
    private static SandboxFixture fixture;
    private static List<Account> everyAccount;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start(dir, 60);
        try (ApiClient client = fixture.client()) {
            everyAccount = client.accounts().stream(AccountQuery.all().withLimit(10)).toList();
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void calm() {
        fixture.sandbox().injectFaults(FaultPlan.none());
    }

    private ApiClient client(int attempts) {
        ApiConfig config = fixture.config().withRetry(RetryPolicy.defaults().withMaxAttempts(attempts)
                .withRandom(new Random(1)).withSleeper((duration, cancellation) -> waits.add(duration)));
        return ApiClient.create(config);
    }

    @Test
    void aFlakyListStillArrivesWholeAndInOrder() {
        fixture.sandbox().injectFaults(FaultPlan.parse(
                "route=/accounts/*/management/accounts, error=0.3; truncate=0.1; seed=11"));
        try (ApiClient client = client(6)) {
            List<Account> listed = client.accounts().stream(AccountQuery.all().withLimit(10)).toList();

            assertThat(listed).extracting(Account::accountId)
                    .containsExactlyElementsOf(everyAccount.stream().map(Account::accountId).toList());
            assertThat(waits).as("some calls were retried").isNotEmpty();
        }
    }

    @Test
    void a429BurstIsWaitedOutForAsLongAsTheSandboxSays() {
        fixture.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts/*, burst429=2, retry_after=2"));
        try (ApiClient client = client(3)) {
            Account account = client.accounts().get(everyAccount.get(0).accountId());

            assertThat(account.accountId()).isEqualTo(everyAccount.get(0).accountId());
            assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        }
    }

    /**
     * A 429 comes before the server does anything, so a create refused by one is sent again once the wait is over,
     * and made once. Before, the client gave the 429 back, the user read "too many requests" and had to press again.
     */
    @Test
    void aPostRefusedByA429IsSentAgainAfterTheWaitAndMadeOnce() {
        String aid = everyAccount.get(1).accountId();
        String note = "Refused once, then noted " + System.nanoTime();
        fixture.sandbox().injectFaults(FaultPlan.parse(
                "route=/accounts/*/management/accounts/*/events, method=POST, burst429=2, retry_after=1"));
        try (ApiClient client = client(3)) {
            client.accounts().addEvent(aid, io.accountsdesk.client.accounts.NewAccountEvent.comment(note));

            assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
        fixture.sandbox().injectFaults(FaultPlan.none());
        try (ApiClient client = fixture.client()) {
            assertThat(client.accounts().streamEvents(aid, io.accountsdesk.client.accounts.AccountEventQuery.all(),
                    Cancellation.NEVER).filter(event -> note.equals(event.body())).count())
                    .as("the note was made once").isEqualTo(1);
        }
    }

    @Test
    void whenEveryAttemptFailsTheCallerLearnsWhatFailed() {
        fixture.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts/*, error=1"));
        try (ApiClient client = client(3)) {
            assertThatThrownBy(() -> client.accounts().get(everyAccount.get(0).accountId()))
                    .isInstanceOfSatisfying(ApiException.Server.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.getMessage()).contains("--faults");
                    });
            assertThat(waits).hasSize(2);
        }
    }

    @Test
    void aDroppedTokenRequestIsReportedNotRepeated() {
        fixture.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/auth/token, drop=1"));
        try (ApiClient client = client(3)) {
            assertThatThrownBy(client::signIn).isInstanceOf(ApiException.Network.class);
            assertThat(waits).as("a POST that may have arrived is not sent again").isEmpty();
        }
    }

    @Test
    void aCancellableClientAbortsTheSlowCallInFlight() throws Exception {
        fixture.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts/*, latency=30000ms"));
        try (ApiClient client = client(1)) {
            client.signIn();
            Cancellation cancellation = Cancellation.create();
            java.util.concurrent.CompletableFuture<Object> call = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> client.cancellable(cancellation).accounts().get(everyAccount.get(0).accountId()));
            // The request must be on the wire before the cancel, or the test would only show the early check.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (fixture.sandbox().requestsInFlight() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(fixture.sandbox().requestsInFlight()).as("the slow call reached the sandbox").isPositive();

            cancellation.cancel();

            assertThatThrownBy(() -> call.get(5, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ApiException.Cancelled.class);
        }
    }

    @Test
    void anotherCallOfTheSameClientIsNotStoppedByAScopedCancel() {
        try (ApiClient client = client(1)) {
            Cancellation cancellation = Cancellation.create();
            cancellation.cancel();
            assertThatThrownBy(() -> client.cancellable(cancellation).accounts().get(everyAccount.get(0).accountId()))
                    .isInstanceOf(ApiException.Cancelled.class);
            assertThat(client.accounts().get(everyAccount.get(0).accountId()).accountId())
                    .isEqualTo(everyAccount.get(0).accountId());
        }
    }
}
