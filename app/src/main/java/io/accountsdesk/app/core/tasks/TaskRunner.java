package io.accountsdesk.app.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one background-task mechanism. Work runs on a worker, never on the UI thread; its result or failure comes
 * back on the UI thread; every task is reported to the shared {@link Activity}, where the status bar and the task
 * list show it with its title, message, progress and cancel button.
 *
 * <p>Workers come from a pool that grows with demand instead of queueing: a task that sits out a server's
 * {@code Retry-After}, or a slow call, holds its own thread and never keeps another screen's work waiting.
 *
 * <p>A runner can be {@linkplain #scoped() scoped}: a session's or a screen's runner shares the workers and the
 * activity, and closing it cancels every task it started that is still running, so no task outlives its owner.
 * The same class runs everything at once on the calling thread for tests ({@link #synchronous}).
 */
public final class TaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor workers;
    private final ExecutorService ownedPool;
    private final Executor uiThread;
    private final Activity activity;
    private final Function<Throwable, String> describeFailure;
    private final Set<TaskHandle> owned = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Writes writes;
    private final boolean root;

    private TaskRunner(Executor workers, ExecutorService ownedPool, Executor uiThread, Activity activity,
                       Function<Throwable, String> describeFailure, Writes writes, boolean root) {
        this.workers = workers;
        this.ownedPool = ownedPool;
        this.uiThread = uiThread;
        this.activity = activity;
        this.describeFailure = describeFailure;
        this.writes = writes;
        this.root = root;
    }

    /** Work on daemon threads made as needed and kept a while; callbacks through {@code uiThread}. */
    public static TaskRunner background(Executor uiThread, Activity activity,
                                        Function<Throwable, String> describeFailure) {
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());
        return new TaskRunner(pool, pool, uiThread, activity, describeFailure,
                Writes.onOwnThread(uiThread, activity, describeFailure), true);
    }

    /** Runs work and callbacks at once on the calling thread: for view-model tests, which need no toolkit. */
    public static TaskRunner synchronous(Activity activity, Function<Throwable, String> describeFailure) {
        return using(Runnable::run, Runnable::run, activity, describeFailure);
    }

    /** Work and callbacks on executors the caller controls: for tests that decide when each task finishes. */
    public static TaskRunner using(Executor workers, Executor uiThread, Activity activity,
                                   Function<Throwable, String> describeFailure) {
        return new TaskRunner(workers, null, uiThread, activity, describeFailure,
                Writes.on(Runnable::run, uiThread, activity, describeFailure), true);
    }

    /** A runner on the same workers whose {@link #close()} cancels only the tasks it started. */
    public TaskRunner scoped() {
        return new TaskRunner(workers, null, uiThread, activity, describeFailure, writes, false);
    }

    /** The app's ordered writes to disk, which no session's end cancels (see {@link Writes}). */
    public Writes writes() {
        return writes;
    }

    public Activity activity() {
        return activity;
    }

    /** Starts the task. Call on the UI thread (or the test's thread with a synchronous runner). */
    public <T> TaskHandle run(BackgroundTask<T> task) {
        Objects.requireNonNull(task, "task");
        TaskHandle handle = new TaskHandle(task.title(), uiThread);
        if (closed.get()) {
            // The owner is gone: nothing may start on its behalf.
            handle.settle();
            handle.finish(TaskState.CANCELLED);
            return handle;
        }
        owned.add(handle);
        handle.onCancel(quiet -> {
            owned.remove(handle);
            handle.finish(TaskState.CANCELLED);
            activity.finished(handle, TaskState.CANCELLED, null);
            if (quiet) {
                return;
            }
            try {
                task.cancelAction().run();
            } finally {
                task.finishAction().run();
            }
        });
        activity.started(handle);
        Runnable body = () -> {
            T result;
            try {
                result = task.work().run(handle.context());
            } catch (Throwable failure) {
                // A refusal from the server is the user's news, said on screen; anything else is a fault to find.
                if (failure instanceof io.accountsdesk.client.http.ApiException) {
                    LOG.debug("{} failed", task.title(), failure);
                } else {
                    LOG.warn("{} failed", task.title(), failure);
                }
                uiThread.execute(() -> {
                    if (!handle.settle()) {
                        return;
                    }
                    owned.remove(handle);
                    handle.finish(TaskState.FAILED);
                    activity.finished(handle, TaskState.FAILED,
                            task.title() + ": " + describeFailure.apply(failure));
                    try {
                        task.failureAction().accept(failure);
                    } finally {
                        task.finishAction().run();
                    }
                });
                return;
            }
            uiThread.execute(() -> {
                if (!handle.settle()) {
                    return;
                }
                owned.remove(handle);
                handle.finish(TaskState.SUCCEEDED);
                activity.finished(handle, TaskState.SUCCEEDED, null);
                try {
                    task.successAction().accept(result);
                } finally {
                    task.finishAction().run();
                }
            });
        };
        if (ownedPool != null) {
            handle.attach(ownedPool.submit(body));
        } else if (workers instanceof ExecutorService service) {
            handle.attach(service.submit(body));
        } else {
            workers.execute(body);
        }
        return handle;
    }

    /** Shorthand for a task with a success and a failure callback. */
    public <T> TaskHandle run(String title, TaskWork<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
        return run(BackgroundTask.of(title, work).onSuccess(onSuccess).onFailure(onFailure));
    }

    /** The tasks this runner started that are still running. */
    public List<TaskHandle> runningTasks() {
        return new ArrayList<>(owned);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Cancels every task this runner started that still runs, quietly (their screens are gone), and refuses new
     * ones. The root runner also lets the queued writes land and stops its workers.
     */
    @Override
    public void close() {
        closed.set(true);
        new ArrayList<>(owned).forEach(handle -> handle.cancel(true));
        if (root) {
            writes.close();
        }
        if (ownedPool != null) {
            ownedPool.shutdownNow();
        }
    }
}
