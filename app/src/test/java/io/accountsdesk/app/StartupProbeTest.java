package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.accounts.AccountListViewModel;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.ui.ContentState;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe's decisions, driven through plain properties: no toolkit, a clock and a frame the test moves by hand. */
class StartupProbeTest {

    private final AtomicLong clock = new AtomicLong(1000);
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> exits = new ArrayList<>();
    private final List<Runnable> frames = new ArrayList<>();
    private final StartupProbe probe = new StartupProbe(clock::get, lines::add, frames::add, exits::add);

    private final SimpleObjectProperty<ContentState> state = new SimpleObjectProperty<>(ContentState.LOADING);
    private final ObservableList<String> rows = FXCollections.observableArrayList();

    /** The next frame is drawn: what waited for it runs. */
    private void nextFrame() {
        List<Runnable> due = new ArrayList<>(frames);
        frames.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void printsTheMilestonesBeforeItsLineWhenTheStartMarkedAny() {
        clock.set(100);
        probe.mark("init");
        probe.mark("shown", 250);
        clock.set(400);
        probe.mark("init"); // a second mark of a phase keeps the first
        probe.watchList(state, rows);
        rows.add("a");
        clock.set(900);
        state.set(ContentState.READY);
        clock.set(1000);
        nextFrame();

        assertThat(lines).containsExactly("startup-phases init_ms=100 shown_ms=250 rows_ms=900",
                "startup-probe ready_ms=1000 rows=1");
    }

    @Test
    void printsOnceTheFirstPageIsReadyAndDrawn() {
        probe.watchList(state, rows);
        rows.addAll("a", "b", "c"); // the list fills before its state says READY, as the view model does it
        assertThat(probe.decided()).isFalse();

        state.set(ContentState.READY);
        assertThat(lines).as("nothing before the frame that shows the rows").isEmpty();
        clock.set(1234);
        nextFrame();

        assertThat(lines).containsExactly("startup-probe ready_ms=1234 rows=3");
        assertThat(exits).containsExactly(0);
    }

    @Test
    void printsOneLineWhateverHappensAfter() {
        probe.watchList(state, rows);
        rows.add("a");
        state.set(ContentState.READY);
        state.set(ContentState.LOADING); // a reload before the frame
        state.set(ContentState.ERROR);
        probe.fail("timeout");
        nextFrame();
        rows.add("b");
        state.set(ContentState.READY);
        nextFrame();

        assertThat(lines).containsExactly("startup-probe ready_ms=1000 rows=1");
        assertThat(exits).containsExactly(0);
    }

    @Test
    void readyWithoutRowsIsNotYetReady() {
        probe.watchList(state, rows);
        state.set(ContentState.READY);
        nextFrame();
        assertThat(lines).isEmpty();

        rows.add("late");
        nextFrame();
        assertThat(lines).containsExactly("startup-probe ready_ms=1000 rows=1");
    }

    @Test
    void aListAlreadyShownWhenWatchedCounts() {
        rows.addAll("a", "b");
        state.set(ContentState.READY);
        probe.watchList(state, rows);
        nextFrame();
        assertThat(lines).containsExactly("startup-probe ready_ms=1000 rows=2");
    }

    @Test
    void anEmptyListOrAFailedLoadFailsAtOnce() {
        probe.watchList(state, rows);
        state.set(ContentState.EMPTY);
        assertThat(lines).containsExactly("startup-probe failed reason=empty-list");
        assertThat(exits).containsExactly(1);

        StartupProbe second = new StartupProbe(clock::get, lines::add, frames::add, exits::add);
        SimpleObjectProperty<ContentState> otherState = new SimpleObjectProperty<>(ContentState.LOADING);
        second.watchList(otherState, FXCollections.observableArrayList());
        otherState.set(ContentState.ERROR);
        assertThat(lines).endsWith("startup-probe failed reason=load-error");
        assertThat(exits).containsExactly(1, 1);
        assertThat(frames).as("a failure does not wait for a frame").isEmpty();
    }

    @Test
    void aSignInErrorFails() {
        SimpleStringProperty formError = new SimpleStringProperty("");
        probe.failOnMessage(formError, "sign-in-failed");
        formError.set("  ");
        assertThat(lines).isEmpty();

        formError.set("The sandbox could not start.");
        assertThat(lines).containsExactly("startup-probe failed reason=sign-in-failed");
        assertThat(exits).containsExactly(1);
    }

    @Test
    void theTimeLimitCountsFromTheProcessStart() {
        List<Duration> delays = new ArrayList<>();
        ManualScheduler timer = new ManualScheduler();
        UiScheduler recording = (delay, action) -> {
            delays.add(delay);
            return timer.schedule(delay, action);
        };
        clock.set(30_000);
        probe.startTimer(recording);
        assertThat(delays).containsExactly(StartupProbe.TIMEOUT.minusSeconds(30));

        probe.watchList(state, rows);
        timer.runDue();
        assertThat(lines).containsExactly("startup-probe failed reason=timeout");
        assertThat(exits).containsExactly(1);

        state.set(ContentState.READY); // too late
        rows.add("a");
        nextFrame();
        assertThat(lines).hasSize(1);
    }

    @Test
    void successStopsTheTimer() {
        ManualScheduler timer = new ManualScheduler();
        probe.startTimer(timer);
        assertThat(timer.pendingCount()).isEqualTo(1);
        probe.watchList(state, rows);
        rows.add("a");
        state.set(ContentState.READY);
        assertThat(timer.pendingCount()).isZero();
        timer.runDue();
        nextFrame();
        assertThat(lines).containsExactly("startup-probe ready_ms=1000 rows=1");
    }

    @Test
    void aTimeLimitAlreadyPassedFailsAtOnce() {
        clock.set(StartupProbe.TIMEOUT.toMillis() + 5);
        probe.startTimer(UiScheduler.IMMEDIATE);
        assertThat(lines).containsExactly("startup-probe failed reason=timeout");
    }

    @Test
    void watchesTheRealAccountListOnTheSandbox(@TempDir Path dataDir, @TempDir Path configDir) {
        try (TestSandbox sandbox = TestSandbox.start(dataDir, 70)) {
            AccountListViewModel list = new AccountListViewModel(TestServices.of(sandbox.session(), configDir).services);
            probe.watchList(list.stateProperty(), list.rows());
            list.reload();
            nextFrame();
            assertThat(lines).containsExactly("startup-probe ready_ms=1000 rows=50");

            list.loadMore(); // the second page is not the start
            nextFrame();
            assertThat(lines).hasSize(1);
        }
    }

    @Test
    void processClockReadsProcStatAndUptime(@TempDir Path proc) throws Exception {
        Files.createDirectories(proc.resolve("self"));
        // The command name may hold spaces and parentheses; starttime is field 22, in ticks of 1/100 s.
        Files.writeString(proc.resolve("self/stat"), "4242 (my (odd) java) S 1 4242 4242 0 -1 4194560 100 0 0 0 "
                + "5 3 0 0 20 0 30 0 150000 6000000000 40000 18446744073709551615 1 1 0 0 0 0 0 4096 17408\n");
        Files.writeString(proc.resolve("uptime"), "1503.27 2900.10\n");
        assertThat(ProcessClock.linuxAgeMillis(proc)).hasValue(1_503_270 - 1_500_000);

        Files.writeString(proc.resolve("uptime"), "not a number\n");
        assertThat(ProcessClock.linuxAgeMillis(proc)).isEmpty();
        assertThat(ProcessClock.linuxAgeMillis(proc.resolve("missing"))).isEmpty();
    }

    @Test
    void processClockStartsNoLaterThanTheJvm() throws Exception {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceStart = ProcessClock.sinceStart().getAsLong();
        // The process starts before the JVM does; both clocks tick in 10 ms steps at worst.
        assertThat(sinceStart).isBetween(jvmUptime - 50, jvmUptime + 10_000);
        Thread.sleep(30);
        assertThat(ProcessClock.sinceStart().getAsLong()).isGreaterThanOrEqualTo(sinceStart + 30 - 20);
    }
}
