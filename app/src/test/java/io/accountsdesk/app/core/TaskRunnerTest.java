package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    private final Activity activity = new Activity();

    @Test
    void synchronousRunnerDeliversResultsAndReportsActivity() {
        TaskRunner tasks = TaskRunner.synchronous(activity, Throwable::getMessage);
        List<String> results = new ArrayList<>();

        tasks.run("Adding", () -> 2 + 2, sum -> results.add("sum " + sum), failure -> results.add("failed"));

        assertThat(results).containsExactly("sum 4");
        assertThat(activity.runningProperty().get()).isZero();
        assertThat(activity.lastFailureProperty().get()).isEmpty();
    }

    @Test
    void failuresReachTheCallerAndTheActivityUntilTheSameWorkSucceeds() {
        TaskRunner tasks = TaskRunner.synchronous(activity, Throwable::getMessage);
        AtomicReference<Throwable> seen = new AtomicReference<>();

        tasks.run("Loading accounts", () -> {
            throw new IllegalStateException("server down");
        }, ignored -> { }, seen::set);

        assertThat(seen.get()).hasMessage("server down");
        assertThat(activity.lastFailureProperty().get()).isEqualTo("Loading accounts: server down");

        tasks.run("Saving settings", () -> 1, ignored -> { }, ignored -> { });
        assertThat(activity.lastFailureProperty().get()).as("other work does not clear it").isNotEmpty();
        tasks.run("Loading accounts", () -> 1, ignored -> { }, ignored -> { });
        assertThat(activity.lastFailureProperty().get()).isEmpty();
    }

    @Test
    void workRunsOffTheUiThreadAndCallbacksComeBackThroughIt() throws Exception {
        QueueExecutor ui = new QueueExecutor();
        try (TaskRunner tasks = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            AtomicReference<String> workerThread = new AtomicReference<>();
            AtomicReference<String> callbackThread = new AtomicReference<>();
            CountDownLatch worked = new CountDownLatch(1);

            tasks.run("Working", () -> {
                workerThread.set(Thread.currentThread().getName());
                worked.countDown();
                return "done";
            }, result -> callbackThread.set(Thread.currentThread().getName()), failure -> { });

            assertThat(worked.await(5, TimeUnit.SECONDS)).isTrue();
            ui.awaitTasks(2); // "started" and the result
            ui.runAll();
            assertThat(workerThread.get()).startsWith("background-");
            assertThat(callbackThread.get()).isEqualTo(Thread.currentThread().getName());
            assertThat(activity.runningProperty().get()).isZero();
        }
    }

    @Test
    void aCancelledTaskNeverCallsBackAndIsCountedOnce() throws Exception {
        QueueExecutor ui = new QueueExecutor();
        try (TaskRunner tasks = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> calls = new ArrayList<>();
            Cancellable handle = tasks.run("Slow", () -> {
                release.await();
                return "late";
            }, calls::add, failure -> calls.add("failure"));
            ui.runAll();
            assertThat(activity.runningProperty().get()).isEqualTo(1);

            handle.cancel();
            handle.cancel();
            release.countDown();
            Thread.sleep(50);
            ui.runAll();

            assertThat(calls).isEmpty();
            assertThat(activity.runningProperty().get()).isZero();
        }
    }

    /** Stands in for the UI thread: collects hand-offs until the test runs them. */
    static final class QueueExecutor implements java.util.concurrent.Executor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable command) {
            queue.add(command);
            notifyAll();
        }

        synchronized void awaitTasks(int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 5000;
            while (queue.size() < count && System.currentTimeMillis() < deadline) {
                wait(100);
            }
        }

        void runAll() {
            Runnable next;
            while ((next = poll()) != null) {
                next.run();
            }
        }

        private synchronized Runnable poll() {
            return queue.poll();
        }
    }
}
