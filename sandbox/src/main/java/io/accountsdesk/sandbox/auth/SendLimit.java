package io.accountsdesk.sandbox.auth;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * A sliding-window limit on messages to one recipient: at most {@code max} sends in any {@code window}. The seed
 * documents {@code 429 Too Many Requests} for passwordless sign-in without numbers; the sandbox allows
 * {@value #PASSWORDLESS_MAX} codes per recipient (email address or phone number) per
 * {@value #PASSWORDLESS_WINDOW_SECONDS} seconds, so a trainee meets the limit by clicking "resend" a few times.
 */
final class SendLimit {

    static final int PASSWORDLESS_MAX = 3;
    static final int PASSWORDLESS_WINDOW_SECONDS = 60;

    private SendLimit() {
    }

    /**
     * Seconds until another send is allowed (at least 1), or empty when one is allowed now.
     *
     * @param sendsNewestFirst earlier sends to the recipient, epoch milliseconds, newest first
     */
    static OptionalLong retryAfter(List<Long> sendsNewestFirst, long nowMillis, int max, Duration window) {
        long windowStart = nowMillis - window.toMillis();
        long inWindow = sendsNewestFirst.stream().filter(at -> at > windowStart).count();
        if (inWindow < max) {
            return OptionalLong.empty();
        }
        // The oldest of the newest `max` sends must leave the window before another is allowed.
        long oldestCounted = sendsNewestFirst.get(max - 1);
        long waitMillis = oldestCounted + window.toMillis() - nowMillis;
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }
}
