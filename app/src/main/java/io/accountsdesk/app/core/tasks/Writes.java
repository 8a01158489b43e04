package io.accountsdesk.app.core.tasks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small writes to disk (preferences, drafts) that must land in the order they were asked for and must not be lost
 * to a cancel: they run one after another on a writer of their own, which no session's end cancels, and which the
 * app waits for before it exits. A failed write is reported to the {@link Activity} like any task's failure.
 */
public final class Writes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Writes.class);
    /** Long enough for a handful of small files, short enough that quitting never feels stuck. */
    static final Duration FLUSH_LIMIT = Duration.ofSeconds(3);

    private final Executor writer;
    private final ExecutorService owned;
    private final Executor uiThread;
    private final Activity activity;
    private final Function<Throwable, String> describeFailure;

    private Writes(Executor writer, ExecutorService owned, Executor uiThread, Activity activity,
                   Function<Throwable, String> describeFailure) {
        this.writer = writer;
        this.owned = owned;
        this.uiThread = uiThread;
        this.activity = activity;
        this.describeFailure = describeFailure;
    }

    static Writes onOwnThread(Executor uiThread, Activity activity, Function<Throwable, String> describeFailure) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "writes");
            t.setDaemon(true);
            return t;
        });
        return new Writes(thread, thread, uiThread, activity, describeFailure);
    }

    static Writes on(Executor writer, Executor uiThread, Activity activity,
                     Function<Throwable, String> describeFailure) {
        return new Writes(writer, null, uiThread, activity, describeFailure);
    }

    /** Queues {@code write}; it runs after every write queued before it. */
    public void submit(String title, Runnable write) {
        writer.execute(() -> {
            try {
                write.run();
            } catch (RuntimeException failure) {
                LOG.warn("{} failed", title, failure);
                uiThread.execute(() -> activity.failed(title, title + ": " + describeFailure.apply(failure)));
            }
        });
    }

    /**
     * Reads after every write queued before it has landed, so a read never sees a file a queued delete is about to
     * remove; {@code onRead} gets the result on the UI thread. A failed read is reported like a failed write.
     */
    public <T> void read(String title, Supplier<T> read, Consumer<? super T> onRead) {
        submit(title, () -> {
            T value = read.get();
            uiThread.execute(() -> onRead.accept(value));
        });
    }

    /** Waits (a short while at most) until every write queued so far has landed. */
    public void flush() {
        if (owned == null) {
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        writer.execute(() -> done.complete(null));
        try {
            done.get(FLUSH_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException late) {
            LOG.warn("Writes still queued after {}: they may be lost", FLUSH_LIMIT);
        }
    }

    /** Lets the queued writes land, then stops the writer. */
    @Override
    public void close() {
        flush();
        if (owned != null) {
            owned.shutdown();
        }
    }
}
