package io.accountsdesk.client.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * Lets a caller stop work it started: a paged walk stops before the next page, and a request in flight is cancelled
 * on the socket. Whatever was stopped throws {@link ApiException.Cancelled}, so a cancelled call never looks like a
 * success with fewer results.
 */
public final class Cancellation {

    /** For callers that never cancel. */
    public static final Cancellation NEVER = new Cancellation(false);

    private final boolean cancellable;
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
    private final CountDownLatch cancelledSignal = new CountDownLatch(1);
    private volatile boolean cancelled;

    private Cancellation(boolean cancellable) {
        this.cancellable = cancellable;
    }

    public static Cancellation create() {
        return new Cancellation(true);
    }

    public void cancel() {
        if (!cancellable) {
            throw new IllegalStateException("Cancellation.NEVER cannot be cancelled");
        }
        cancelled = true;
        inFlight.forEach(Call::cancel);
        cancelledSignal.countDown();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link ApiException.Cancelled} once {@link #cancel()} has been called. */
    public void throwIfCancelled(String what) {
        if (cancelled) {
            throw new ApiException.Cancelled(what);
        }
    }

    /** Waits for {@code duration}, returning early when cancelled. */
    public void await(Duration duration) throws InterruptedException {
        cancelledSignal.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    void register(Call call) {
        if (!cancellable) {
            return;
        }
        inFlight.add(call);
        if (cancelled) {
            call.cancel();
        }
    }

    void unregister(Call call) {
        inFlight.remove(call);
    }
}
