package io.accountsdesk.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.core.ManualScheduler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleWarmUpTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<String> ran = new ArrayList<>();
    private final IdleWarmUp warmUp = new IdleWarmUp(scheduler, busy::get, now::get)
            .then(() -> ran.add("one")).then(() -> ran.add("two")).then(() -> ran.add("three"));

    private void quietFor(java.time.Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void runsOneStepPerTurnOnceTheUserIsQuiet() {
        warmUp.start();
        scheduler.runDue();
        assertThat(ran).as("nothing before a quiet moment").isEmpty();

        quietFor(IdleWarmUp.QUIET);
        scheduler.runDue();
        assertThat(ran).containsExactly("one");
        scheduler.runDue();
        assertThat(ran).containsExactly("one", "two");
        scheduler.runDue();
        assertThat(ran).containsExactly("one", "two", "three");
        assertThat(warmUp.pending()).isFalse();
        assertThat(scheduler.pendingCount()).as("nothing left scheduled").isZero();
    }

    @Test
    void inputAndRunningTasksPutTheNextStepOff() {
        warmUp.start();
        quietFor(IdleWarmUp.QUIET);
        scheduler.runDue();
        assertThat(ran).containsExactly("one");

        warmUp.noteInput();
        quietFor(IdleWarmUp.QUIET.dividedBy(2));
        scheduler.runDue();
        assertThat(ran).as("typing a moment ago").containsExactly("one");

        quietFor(IdleWarmUp.QUIET);
        busy.set(true);
        scheduler.runDue();
        assertThat(ran).as("a task runs").containsExactly("one");
        assertThat(scheduler.pendingCount()).as("it tries again later").isEqualTo(1);

        busy.set(false);
        scheduler.runDue();
        assertThat(ran).containsExactly("one", "two");
    }

    @Test
    void aStepMayPutMoreStepsBeforeTheRest() {
        IdleWarmUp growing = new IdleWarmUp(scheduler, busy::get, now::get);
        growing.then(() -> {
            ran.add("page");
            growing.next(List.of(() -> ran.add("tab 1"), () -> ran.add("tab 2")));
        }).then(() -> ran.add("next page"));
        growing.start();
        quietFor(IdleWarmUp.QUIET);
        for (int i = 0; i < 4; i++) {
            scheduler.runDue();
        }
        assertThat(ran).containsExactly("page", "tab 1", "tab 2", "next page");
    }

    @Test
    void stopDropsTheStepsNotRunYet() {
        warmUp.start();
        quietFor(IdleWarmUp.QUIET);
        scheduler.runDue();
        warmUp.stop();
        scheduler.runDue();
        quietFor(IdleWarmUp.QUIET);
        scheduler.runDue();
        assertThat(ran).containsExactly("one");
        assertThat(warmUp.pending()).isFalse();
    }
}
