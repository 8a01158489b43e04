package io.accountsdesk.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each kind of injected fault, over real HTTP, switched on and off on one running sandbox. */
class FaultInjectionTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("faults", o -> o.withAccounts(5));

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    @AfterEach
    void noFaults() {
        OWN.sandbox().injectFaults(FaultPlan.none());
    }

    @Test
    void anErrorRateOnOneRouteAnswers503ThereAndNowhereElse() {
        OWN.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, error=1"));

        Api.Reply list = api.get(api.accountsPath(), token);
        assertThat(list.status()).isEqualTo(503);
        assertThat(list.json().at("/error/message").asText()).contains("--faults");
        String accountId = firstAccountId();
        assertThat(api.get(api.accountsPath() + "/" + accountId, token).status()).isEqualTo(200);
        assertThat(api.get("/_sandbox/outbox", null).status()).as("sandbox-only routes stay reliable").isEqualTo(200);
    }

    @Test
    void aBurstOf429SaysWhenToComeBackThenLetsRequestsThrough() {
        OWN.sandbox().injectFaults(FaultPlan.parse("burst429=2, every=5, retry_after=3"));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api.Reply reply = api.get(api.accountsPath(), token);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                assertThat(reply.header("Retry-After")).isEqualTo("3");
            }
        }
        assertThat(statuses).containsExactly(429, 429, 200, 200, 200, 429);
    }

    @Test
    void aDroppedConnectionReachesTheClientAsABrokenAnswer() {
        OWN.sandbox().injectFaults(FaultPlan.parse("drop=1"));

        assertThatThrownBy(() -> api.get(api.accountsPath(), token))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aTruncatedBodyIsShorterThanItsContentLength() {
        OWN.sandbox().injectFaults(FaultPlan.parse("truncate=1"));

        assertThatThrownBy(() -> api.get(api.accountsPath(), token))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void latencyDelaysTheAnswer() {
        OWN.sandbox().injectFaults(FaultPlan.parse("latency=150ms"));

        long started = System.nanoTime();
        assertThat(api.get(api.accountsPath(), token).status()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        String spec = "error=0.5; drop=0.2; seed=42";
        assertThat(outcomes(FaultPlan.parse(spec))).isEqualTo(outcomes(FaultPlan.parse(spec)));
        assertThat(outcomes(FaultPlan.parse(spec))).isNotEqualTo(outcomes(FaultPlan.parse("error=0.5; drop=0.2; seed=43")));
    }

    @Test
    void aMistakeInTheSpecNamesTheRuleAndKey() {
        assertThatThrownBy(() -> FaultPlan.parse("error=2"))
                .hasMessageContaining("error=2").hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> FaultPlan.parse("jitter=5"))
                .hasMessageContaining("jitter").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> FaultPlan.parse("error=0.1:404")).hasMessageContaining("5xx");
    }

    private static List<String> outcomes(FaultPlan plan) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            FaultPlan.Fault fault = plan.decide("GET", "/accounts/T12300000/management/accounts");
            outcomes.add(fault.drop() ? "drop" : Integer.toString(fault.status()));
        }
        return outcomes;
    }

    private static String firstAccountId() {
        OWN.sandbox().injectFaults(FaultPlan.none());
        String id = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        OWN.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, error=1"));
        return id;
    }
}
