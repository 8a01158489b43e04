package io.accountsdesk.app.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The task mechanism against a sandbox that is slow or rate-limits on purpose: what cancel and waiting really do. */
class TaskRunnerSandboxTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(10);

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final Activity activity = new Activity(UiScheduler.IMMEDIATE);

    @AfterEach
    void calm() {
        sandbox.sandbox().injectFaults(FaultPlan.none());
        ui.shutdownNow();
    }

    private ApiClient api(TaskContext task) {
        return sandbox.session().client().cancellable(task.cancellation());
    }

    @Test
    void cancellingASlowCallFreesItsWorkerWithinASecond() throws Exception {
        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts/*, latency=30000ms"));
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        try (TaskRunner tasks = TaskRunner.using(oneWorker, ui, activity, Throwable::getMessage)) {
            List<String> calls = Collections.synchronizedList(new ArrayList<>());
            TaskHandle slow = tasks.run(BackgroundTask.of("Slow",
                            task -> api(task).accounts().get(sandbox.account(0).accountId()))
                    .onSuccess(account -> calls.add("success"))
                    .onFailure(failure -> calls.add("failure")));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (sandbox.sandbox().requestsInFlight() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(sandbox.sandbox().requestsInFlight()).as("the slow call is on the wire").isPositive();

            slow.cancel();
            CountDownLatch next = new CountDownLatch(1);
            tasks.run(BackgroundTask.of("Next", task -> "free").onSuccess(result -> next.countDown()));

            // The one worker runs the next task only once the slow call has let go of it.
            assertThat(next.await(1, TimeUnit.SECONDS)).as("the worker is free within a second").isTrue();
            ui.submit(() -> { }).get();
            assertThat(calls).as("a cancelled task never calls back").isEmpty();
            assertThat(slow.stateProperty().get()).isEqualTo(TaskState.CANCELLED);
        } finally {
            oneWorker.shutdownNow();
        }
    }

    @Test
    void tasksWaitingOutRetryAfterNeverKeepOtherWorkWaiting() throws Exception {
        int waiting = 6;
        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts/*, burst429="
                + waiting + ", every=1000, retry_after=2"));
        try (TaskRunner tasks = TaskRunner.background(ui, activity, Throwable::getMessage)) {
            List<String> finished = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch all = new CountDownLatch(waiting + 1);
            for (int i = 0; i < waiting; i++) {
                String id = sandbox.account(i).accountId();
                tasks.run(BackgroundTask.of("Rate-limited " + i, task -> api(task).accounts().get(id))
                        .onSuccess(account -> finished.add(account.accountId()))
                        .onFinished(all::countDown));
            }
            // Every rate-limited task is now sitting out its Retry-After on a worker of its own…
            CountDownLatch quickDone = new CountDownLatch(1);
            tasks.run(BackgroundTask.of("Quick", task -> api(task).accounts().list(AccountQuery.all(), null))
                    .onSuccess(page -> {
                        finished.add("quick");
                        quickDone.countDown();
                    })
                    .onFinished(all::countDown));

            assertThat(quickDone.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
            // …so other work is served before any of them is done waiting.
            assertThat(finished).hasSize(waiting + 1).first().isEqualTo("quick");
        }
    }
}
