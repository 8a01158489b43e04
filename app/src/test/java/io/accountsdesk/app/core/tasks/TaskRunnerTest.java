package io.accountsdesk.app.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.UiScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The one background-task mechanism. Nothing here sleeps: the UI thread is a queue the test drains, and a worker's
 * progress is awaited by taking from that queue, so each test runs the same way every time.
 */
class TaskRunnerTest {

    private final Activity activity = new Activity(UiScheduler.IMMEDIATE);

    @Test
    void synchronousRunnerDeliversResultsAndReportsActivity() {
        TaskRunner tasks = TaskRunner.synchronous(activity, Throwable::getMessage);
        List<String> results = new ArrayList<>();

        TaskHandle handle = tasks.run("Adding", task -> 2 + 2, sum -> results.add("sum " + sum),
                failure -> results.add("failed"));

        assertThat(results).containsExactly("sum 4");
        assertThat(handle.stateProperty().get()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(activity.runningCount().get()).isZero();
        assertThat(activity.lastFailureProperty().get()).isEmpty();
    }

    @Test
    void failuresReachTheCallerAndTheActivityUntilTheSameWorkSucceeds() {
        TaskRunner tasks = TaskRunner.synchronous(activity, Throwable::getMessage);
        AtomicReference<Throwable> seen = new AtomicReference<>();

        tasks.run("Loading accounts", task -> {
            throw new IllegalStateException("server down");
        }, ignored -> { }, seen::set);

        assertThat(seen.get()).hasMessage("server down");
        assertThat(activity.lastFailureProperty().get()).isEqualTo("Loading accounts: server down");

        tasks.run("Saving preferences", task -> 1, ignored -> { }, ignored -> { });
        assertThat(activity.lastFailureProperty().get()).as("other work does not clear it").isNotEmpty();
        tasks.run("Loading accounts", task -> 1, ignored -> { }, ignored -> { });
        assertThat(activity.lastFailureProperty().get()).isEmpty();
    }

    @Test
    void workRunsOffTheUiThreadAndCallbacksComeBackThroughIt() throws Exception {
        UiQueue ui = new UiQueue();
        try (TaskRunner tasks = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            AtomicReference<String> workerThread = new AtomicReference<>();
            AtomicReference<String> callbackThread = new AtomicReference<>();

            tasks.run("Working", task -> {
                workerThread.set(Thread.currentThread().getName());
                return "done";
            }, result -> callbackThread.set(Thread.currentThread().getName()), failure -> { });

            ui.next().run(); // the result, handed back
            assertThat(workerThread.get()).startsWith("background-");
            assertThat(callbackThread.get()).isEqualTo(Thread.currentThread().getName());
            assertThat(activity.runningCount().get()).isZero();
        }
    }

    @Test
    void aCancelledTaskNeverCallsBackIsCountedOnceAndItsCallIsAborted() throws Exception {
        UiQueue ui = new UiQueue();
        try (TaskRunner tasks = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            CountDownLatch started = new CountDownLatch(1);
            List<String> calls = new ArrayList<>();
            TaskHandle handle = tasks.run(BackgroundTask.of("Slow", task -> {
                        started.countDown();
                        // Stands in for an HTTP call: it ends when the task's cancellation fires.
                        task.cancellation().await(java.time.Duration.ofMinutes(5));
                        task.throwIfCancelled();
                        return "late";
                    })
                    .onSuccess(calls::add)
                    .onFailure(failure -> calls.add("failure"))
                    .onCancelled(() -> calls.add("cancelled")));
            started.await();
            assertThat(activity.runningCount().get()).isEqualTo(1);

            handle.cancel();
            handle.cancel();
            ui.next().run(); // the cancel, on the UI thread
            ui.next().run(); // the worker's own ending, which must be ignored

            assertThat(calls).containsExactly("cancelled");
            assertThat(handle.cancellation().isCancelled()).as("the client's calls of the task stop too").isTrue();
            assertThat(handle.stateProperty().get()).isEqualTo(TaskState.CANCELLED);
            assertThat(activity.runningCount().get()).isZero();
            assertThat(activity.lastFailureProperty().get()).as("a cancel is not a failure").isEmpty();
        }
    }

    @Test
    void theStatusBarSpeaksForTheNewestTaskStillRunningWhateverOrderTheyEnd() {
        WorkQueue workers = new WorkQueue();
        TaskRunner tasks = TaskRunner.using(workers, Runnable::run, activity, Throwable::getMessage);

        tasks.run("Loading accounts", task -> 1, r -> { }, f -> { });
        tasks.run("Saving account", task -> 2, r -> { }, f -> { });
        assertThat(activity.currentProperty().get()).isEqualTo("Saving account");

        workers.runFirst(); // the older task ends first…
        assertThat(activity.currentProperty().get()).isEqualTo("Saving account");
        tasks.run("Loading events", task -> 3, r -> { }, f -> { });
        workers.runLast(); // …then the newest, leaving the middle one
        assertThat(activity.currentProperty().get()).as("never the text of a finished task")
                .isEqualTo("Saving account");
        workers.runFirst();
        assertThat(activity.currentProperty().get()).isEmpty();
        assertThat(activity.runningCount().get()).isZero();
    }

    @Test
    void aChainRunsItsStepsInOrderOnOneWorkerAndSaysWhichStepRuns() {
        WorkQueue workers = new WorkQueue();
        UiQueue ui = new UiQueue();
        TaskRunner tasks = TaskRunner.using(workers, ui, activity, Throwable::getMessage);
        List<String> steps = new ArrayList<>();
        AtomicReference<Integer> result = new AtomicReference<>();

        TaskHandle handle = tasks.run(BackgroundTask.of("Save and reload", task -> {
                    steps.add("save");
                    return 20;
                })
                .then("Reloading", (saved, task) -> {
                    steps.add("reload after " + saved);
                    return saved + 1;
                })
                .onSuccess(result::set));
        assertThat(workers.size()).as("one worker job for the whole chain").isEqualTo(1);
        workers.runFirst();
        ui.drain();

        assertThat(steps).containsExactly("save", "reload after 20");
        assertThat(result.get()).isEqualTo(21);
        assertThat(handle.messageProperty().get()).isEqualTo("Reloading");
    }

    @Test
    void aCancelBetweenStepsStopsBeforeTheNextOne() {
        WorkQueue workers = new WorkQueue();
        UiQueue ui = new UiQueue();
        TaskRunner tasks = TaskRunner.using(workers, ui, activity, Throwable::getMessage);
        List<String> steps = new ArrayList<>();
        AtomicReference<TaskHandle> self = new AtomicReference<>();

        self.set(tasks.run(BackgroundTask.of("Two steps", task -> {
            steps.add("first");
            self.get().cancel(); // the user presses cancel while the first step runs
            return 1;
        }).then("Second", (one, task) -> {
            steps.add("second");
            return 2;
        })));
        workers.runFirst();
        ui.drain();

        assertThat(steps).containsExactly("first");
        assertThat(self.get().stateProperty().get()).isEqualTo(TaskState.CANCELLED);
    }

    @Test
    void progressReportsAreCoalescedIntoOneHopToTheUiThread() {
        WorkQueue workers = new WorkQueue();
        UiQueue ui = new UiQueue();
        TaskRunner tasks = TaskRunner.using(workers, ui, activity, Throwable::getMessage);
        TaskHandle handle = tasks.run(BackgroundTask.of("Counting", task -> {
            for (int i = 1; i <= 100; i++) {
                task.message("Page " + i);
                task.progress(i, 200);
            }
            return null;
        }));
        assertThat(handle.progressProperty().get()).isEqualTo(TaskHandle.INDETERMINATE);

        workers.runFirst();
        assertThat(ui.size()).as("one report hop and the result").isEqualTo(2);
        ui.drain();
        assertThat(handle.messageProperty().get()).isEqualTo("Page 100");
        assertThat(handle.progressProperty().get()).isEqualTo(0.5);
    }

    @Test
    void whatTheWorkHandsOverFromItsOwnThreadsGoesThroughTheUiThread() {
        WorkQueue workers = new WorkQueue();
        UiQueue ui = new UiQueue();
        TaskRunner tasks = TaskRunner.using(workers, ui, activity, Throwable::getMessage);
        List<String> shown = new ArrayList<>();
        tasks.run(BackgroundTask.of("Sending rows", task -> {
            task.onUiThread(() -> shown.add("row 1"));
            task.onUiThread(() -> shown.add("row 2"));
            return null;
        }));

        workers.runFirst();
        assertThat(shown).as("nothing runs on the worker").isEmpty();
        ui.drain();
        assertThat(shown).containsExactly("row 1", "row 2");
    }

    @Test
    void whatIsHandedOverAfterTheSessionEndedIsNotRun() {
        WorkQueue workers = new WorkQueue();
        UiQueue ui = new UiQueue();
        TaskRunner session = TaskRunner.using(workers, ui, activity, Throwable::getMessage).scoped();
        List<String> shown = new ArrayList<>();
        session.run(BackgroundTask.of("Sending rows", task -> {
            task.onUiThread(() -> shown.add("row 1"));
            return null;
        }));

        workers.runFirst();
        session.close(); // the session ends with the hand-over still queued for the UI thread
        ui.drain();
        assertThat(shown).as("its screen is gone").isEmpty();
    }

    /**
     * Bulk onboarding hands each row's outcome over from several sending threads. A synchronous runner has no UI
     * thread to queue them on, and ran them at once on each sender, so two threads changed the same observable list
     * together: a broken list change, reported by JavaFX to whichever test came next (CI failed that way once).
     */
    @Test
    void handOversFromSeveralThreadsOfASynchronousTaskRunOneAtATime() throws Exception {
        TaskRunner tasks = TaskRunner.synchronous(activity, Throwable::getMessage);
        int threads = 4;
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();

        tasks.run(BackgroundTask.of("Sending rows", task -> {
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> senders = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread sender = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    task.onUiThread(() -> {
                        mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(30); // long enough that unserialised hand-overs overlap
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        ran.incrementAndGet();
                    });
                });
                sender.start();
                senders.add(sender);
            }
            start.countDown();
            for (Thread sender : senders) {
                sender.join();
            }
            return null;
        }));

        assertThat(ran.get()).as("every hand-over ran before the work ended").isEqualTo(threads);
        assertThat(mostAtOnce.get()).as("hand-overs running at the same time").isEqualTo(1);
    }

    @Test
    void closingAScopeCancelsItsOwnTasksOnlyAndRefusesNewOnes() {
        WorkQueue workers = new WorkQueue();
        TaskRunner root = TaskRunner.using(workers, Runnable::run, activity, Throwable::getMessage);
        TaskRunner session = root.scoped();
        TaskHandle sessionTask = session.run(BackgroundTask.of("Session work", task -> 1));
        TaskHandle appTask = root.run(BackgroundTask.of("App work", task -> 2));
        assertThat(session.runningTasks()).containsExactly(sessionTask);

        session.close();

        assertThat(sessionTask.stateProperty().get()).isEqualTo(TaskState.CANCELLED);
        assertThat(appTask.isDone()).isFalse();
        assertThat(session.run(BackgroundTask.of("Too late", task -> 3)).stateProperty().get())
                .isEqualTo(TaskState.CANCELLED);
        workers.runFirst();
        workers.runFirst();
        assertThat(appTask.stateProperty().get()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(activity.runningCount().get()).isZero();
    }

    @Test
    void theEndOfASessionStopsItsTasksWithoutCallingIntoItsScreens() {
        WorkQueue workers = new WorkQueue();
        TaskRunner session = TaskRunner.using(workers, Runnable::run, activity, Throwable::getMessage).scoped();
        List<String> calls = new ArrayList<>();
        TaskHandle handle = session.run(BackgroundTask.of("Export", task -> 1)
                .onCancelled(() -> calls.add("cancelled"))
                .onFinished(() -> calls.add("finished")));

        session.close();

        assertThat(handle.stateProperty().get()).isEqualTo(TaskState.CANCELLED);
        assertThat(calls).as("the screens that would hear are gone").isEmpty();
        assertThat(activity.runningCount().get()).isZero();
    }

    @Test
    void writesLandInOrderOnTheirOwnWriterAndSurviveTheEndOfASession() throws Exception {
        UiQueue ui = new UiQueue();
        List<Integer> landed = java.util.Collections.synchronizedList(new ArrayList<>());
        try (TaskRunner root = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            TaskRunner session = root.scoped();
            for (int i = 0; i < 50; i++) {
                int n = i;
                session.writes().submit("Write " + n, () -> landed.add(n));
            }
            session.close();
            root.writes().flush();
            assertThat(landed).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());

            root.writes().submit("Broken write", () -> {
                throw new IllegalStateException("disk full");
            });
            root.writes().flush();
            ui.drain();
            assertThat(activity.lastFailureProperty().get()).isEqualTo("Broken write: disk full");
        }
    }

    @Test
    void aTaskEntersTheTaskListOnlyOnceItHasRunLong() {
        ManualScheduler clock = new ManualScheduler();
        Activity watched = new Activity(clock);
        WorkQueue workers = new WorkQueue();
        TaskRunner tasks = TaskRunner.using(workers, Runnable::run, watched, Throwable::getMessage);

        TaskHandle quick = tasks.run(BackgroundTask.of("Quick", task -> 1));
        workers.runFirst();
        TaskHandle slow = tasks.run(BackgroundTask.of("Slow", task -> 2));
        clock.runDue(); // a second has passed for both
        assertThat(watched.longRunning()).containsExactly(slow).doesNotContain(quick);

        workers.runFirst();
        assertThat(watched.longRunning()).isEmpty();
        // Listeners on a read-only view live as long as the view: it must be one kept view, not one per call.
        assertThat(watched.longRunning()).isSameAs(watched.longRunning());
        assertThat(watched.running()).isSameAs(watched.running());
    }

    /** Stands in for the UI thread: hand-offs wait here until the test runs them; taking one waits for it. */
    static final class UiQueue implements Executor {
        private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        Runnable next() throws InterruptedException {
            return queue.take();
        }

        int size() {
            return queue.size();
        }

        void drain() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }
    }

    /** Stands in for the workers: the test decides which job runs when. */
    static final class WorkQueue implements Executor {
        private final java.util.Deque<Runnable> jobs = new java.util.ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            jobs.add(command);
        }

        int size() {
            return jobs.size();
        }

        void runFirst() {
            jobs.removeFirst().run();
        }

        void runLast() {
            jobs.removeLast().run();
        }
    }
}
