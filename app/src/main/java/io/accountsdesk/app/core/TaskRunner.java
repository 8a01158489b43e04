package io.accountsdesk.app.core;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one background-task mechanism. Work runs on a worker, never on the UI thread; its result or failure is
 * handed back on the UI thread, and every task is reported to the shared {@link Activity}. The same class runs
 * synchronously for tests ({@link #synchronous}), so a view-model test needs no toolkit and no waiting.
 */
public final class TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final java.util.concurrent.Executor workers;
    private final java.util.concurrent.Executor uiThread;
    private final Activity activity;
    private final Function<Throwable, String> describeFailure;
    private final ExecutorService ownedPool;

    private TaskRunner(java.util.concurrent.Executor workers, ExecutorService ownedPool,
                       java.util.concurrent.Executor uiThread, Activity activity,
                       Function<Throwable, String> describeFailure) {
        this.workers = workers;
        this.ownedPool = ownedPool;
        this.uiThread = uiThread;
        this.activity = activity;
        this.describeFailure = describeFailure;
    }

    /**
     * Work on a small pool of daemon threads, callbacks through {@code uiThread} (in the app,
     * {@code Platform::runLater}).
     */
    public static TaskRunner background(java.util.concurrent.Executor uiThread, Activity activity,
                                        Function<Throwable, String> describeFailure) {
        ExecutorService pool = Executors.newFixedThreadPool(4, daemonThreads());
        return new TaskRunner(pool, pool, uiThread, activity, describeFailure);
    }

    /** Runs work and callbacks at once on the calling thread: for tests. */
    public static TaskRunner synchronous(Activity activity, Function<Throwable, String> describeFailure) {
        return using(Runnable::run, Runnable::run, activity, describeFailure);
    }

    /** Work and callbacks on executors the caller controls: for tests that decide when each task finishes. */
    public static TaskRunner using(java.util.concurrent.Executor workers, java.util.concurrent.Executor uiThread,
                                   Activity activity, Function<Throwable, String> describeFailure) {
        return new TaskRunner(workers, null, uiThread, activity, describeFailure);
    }

    public Activity activity() {
        return activity;
    }

    /**
     * Runs {@code work} in the background.
     *
     * @param description what the user would call this work ("Loading accounts"); shown while it runs and in failures
     * @param onSuccess   called on the UI thread with the result, unless the task was cancelled
     * @param onFailure   called on the UI thread with the failure, unless the task was cancelled
     * @return a handle that cancels the task: its callbacks will not run, and the worker is interrupted
     */
    public <T> Cancellable run(String description, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(description, "description");
        // Settled once: by its outcome or by a cancel, whichever comes first, so the activity counts it exactly once.
        AtomicBoolean settled = new AtomicBoolean();
        AtomicReference<Future<?>> future = new AtomicReference<>();
        uiThread.execute(() -> activity.started(description));
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                LOG.debug("{} failed", description, failure);
                uiThread.execute(() -> {
                    if (!settled.compareAndSet(false, true)) {
                        return;
                    }
                    activity.failed(description, description + ": " + describeFailure.apply(failure));
                    onFailure.accept(failure);
                });
                return;
            }
            uiThread.execute(() -> {
                if (!settled.compareAndSet(false, true)) {
                    return;
                }
                activity.succeeded(description);
                onSuccess.accept(result);
            });
        };
        if (ownedPool != null) {
            future.set(ownedPool.submit(task));
        } else {
            workers.execute(task);
        }
        return () -> {
            if (settled.compareAndSet(false, true)) {
                Future<?> running = future.get();
                if (running != null) {
                    running.cancel(true);
                }
                uiThread.execute(activity::cancelled);
            }
        };
    }

    /** Runs work whose result nobody waits for (saving settings); failures still reach the activity. */
    public void fireAndForget(String description, Runnable work) {
        run(description, () -> {
            work.run();
            return null;
        }, ignored -> {
        }, failure -> LOG.warn("{} failed: {}", description, failure.toString()));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.shutdownNow();
        }
    }
}
