package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    @Test
    void onlyTheLastActionOfABurstRuns() {
        ManualScheduler scheduler = new ManualScheduler();
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(300));
        List<String> ran = new ArrayList<>();

        debouncer.submit(() -> ran.add("f"));
        debouncer.submit(() -> ran.add("fj"));
        debouncer.submit(() -> ran.add("fjo"));
        scheduler.runDue();

        assertThat(ran).containsExactly("fjo");
    }

    @Test
    void cancelDropsThePendingAction() {
        ManualScheduler scheduler = new ManualScheduler();
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(300));
        List<String> ran = new ArrayList<>();
        debouncer.submit(() -> ran.add("x"));
        debouncer.cancel();
        scheduler.runDue();
        assertThat(ran).isEmpty();
    }
}
