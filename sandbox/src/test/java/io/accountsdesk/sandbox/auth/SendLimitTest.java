package io.accountsdesk.sandbox.auth;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The passwordless send limit on a made-up clock: three per recipient per sliding minute. */
class SendLimitTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void allowsThreeThenTellsHowLongToWait() {
        long t0 = 1_000_000L;
        assertThat(SendLimit.retryAfter(List.of(), t0, 3, MINUTE)).isEmpty();
        assertThat(SendLimit.retryAfter(List.of(t0), t0 + 1_000, 3, MINUTE)).isEmpty();
        assertThat(SendLimit.retryAfter(List.of(t0 + 1_000, t0), t0 + 2_000, 3, MINUTE)).isEmpty();
        // Three sends at t0, t0+1s, t0+2s: the fourth at t0+10s must wait until t0 leaves the window (50 s).
        List<Long> three = List.of(t0 + 2_000, t0 + 1_000, t0);
        assertThat(SendLimit.retryAfter(three, t0 + 10_000, 3, MINUTE)).hasValue(50);
        assertThat(SendLimit.retryAfter(three, t0 + 59_500, 3, MINUTE)).hasValue(1);
        assertThat(SendLimit.retryAfter(three, t0 + 60_000, 3, MINUTE)).isEmpty();
    }

    @Test
    void oldSendsOutsideTheWindowDoNotCount() {
        long now = 10_000_000L;
        assertThat(SendLimit.retryAfter(List.of(now - 1_000, now - 61_000, now - 62_000), now, 3, MINUTE)).isEmpty();
    }
}
