package io.accountsdesk.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before trying a call again.
 *
 * <p>Only failures that say nothing was done are retried: 429, 502, 503, 504 and broken or refused connections, and
 * only for methods that may be repeated (GET, PUT, DELETE). A POST is retried only when the connection was refused or
 * the server answered 429, so the server cannot have acted on it; any other POST failure goes back to the caller,
 * because creating a second account or sending a second code is worse than asking the user to try again.
 *
 * @param maxAttempts   attempts in all, the first included (1 turns retries off)
 * @param baseDelay     the wait before the first retry; each later retry doubles it
 * @param maxDelay      the longest backoff wait
 * @param retryAfterCap the longest {@code Retry-After} the client waits out itself; a longer one is handed to the
 *                      caller as {@link ApiException.RateLimited} with the server's figure, for the user to decide
 * @param random        the jitter source (seeded in tests)
 * @param sleeper       how to wait (recorded instead of slept in tests)
 */
public record RetryPolicy(
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Duration retryAfterCap,
        RandomGenerator random,
        Sleeper sleeper) {

    /** Waits between attempts, waking early when the call is cancelled. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration, Cancellation cancellation) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        random = random == null ? RandomGenerator.getDefault() : random;
        sleeper = sleeper == null ? (duration, cancellation) -> cancellation.await(duration) : sleeper;
    }

    /** Three attempts, 250 ms doubling to at most 4 s, and up to 30 s of {@code Retry-After}. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30), null, null);
    }

    /** Every call is tried once. */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, retryAfterCap, random, sleeper);
    }

    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxAttempts, base, max, retryAfterCap, random, sleeper);
    }

    public RetryPolicy withRetryAfterCap(Duration cap) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, cap, random, sleeper);
    }

    public RetryPolicy withRandom(RandomGenerator generator) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryAfterCap, generator, sleeper);
    }

    public RetryPolicy withSleeper(Sleeper how) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryAfterCap, random, how);
    }

    /** Whether an answer with this status may be tried again. */
    public static boolean retryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * The backoff before retry number {@code retry} (1 for the first): exponential, capped, with "equal jitter" (half
     * fixed, half random) so clients that failed together do not all come back at the same instant.
     */
    public Duration backoff(int retry) {
        long base = baseDelay.toMillis();
        long exponential = retry >= 31 ? Long.MAX_VALUE : base << Math.max(0, retry - 1);
        long capped = Math.min(Math.max(exponential, base), maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
