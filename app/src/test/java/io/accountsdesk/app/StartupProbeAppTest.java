package io.accountsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code --startup-probe} on the whole app, headless: the line comes once the rows are on screen, and a start that
 * cannot show them says so. The probe's exit is handed to the test, so nothing calls {@code System.exit} here.
 */
class StartupProbeAppTest {

    @TempDir
    static Path dir;
    private final FxRobot robot = new FxRobot();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
    private final AtomicInteger rowsOnScreenAtPrint = new AtomicInteger(-1);
    private Application app;

    @BeforeAll
    static void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start(String name, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--startup-probe",
                "--sandbox-data-dir", dir.resolve(name).resolve("sandbox").toString(),
                "--sandbox-accounts", "60", "--reset-sandbox",
                "--config-dir", dir.resolve(name).resolve("config").toString(),
                "--lang", "en", "--theme", "light"));
        args.addAll(List.of(extra));
        app = FxToolkit.setupApplication(() -> new AccountsDeskApp(args, line -> {
            // Runs on the UI thread as the line is printed: what does the table show at this moment?
            rowsOnScreenAtPrint.set((int) robot.lookup("#account-list .table-row-cell").queryAllAs(TableRow.class)
                    .stream().filter(row -> row.isVisible() && row.getItem() != null).count());
            lines.add(line);
        }, exits::add, null));
    }

    private int awaitExit() throws InterruptedException {
        Integer status = exits.poll(90, TimeUnit.SECONDS);
        assertThat(status).as("the probe decided within 90 s; lines so far: %s", lines).isNotNull();
        return status;
    }

    @Test
    void printsOneLineOnceTheFirstPageIsOnScreen() throws Exception {
        start("ready");

        assertThat(awaitExit()).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).matches("startup-probe ready_ms=\\d+ rows=50");
        long readyMs = Long.parseLong(lines.get(1).replaceAll(".*ready_ms=(\\d+).*", "$1"));
        assertThat(readyMs).isPositive();
        // Where the time went: each milestone once, in the order the start passes them, none after the end.
        assertThat(lines.get(0)).matches("startup-phases init_ms=\\d+ start_ms=\\d+ shown_ms=\\d+ session_ms=\\d+"
                + " workspace_ms=\\d+ rows_ms=\\d+");
        long[] phases = java.util.Arrays.stream(lines.get(0).split(" ")).skip(1)
                .mapToLong(phase -> Long.parseLong(phase.replaceAll(".*=", ""))).toArray();
        assertThat(phases).isSorted();
        assertThat(phases[phases.length - 1]).isLessThanOrEqualTo(readyMs);
        assertThat(rowsOnScreenAtPrint.get()).as("table rows showing accounts when the line was printed")
                .isPositive();

        // A reload afterwards is not a start: no second line, no second exit.
        java.util.concurrent.atomic.AtomicInteger replaced = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> robot.lookup("#account-list .table-view").queryAs(javafx.scene.control.TableView.class)
                .getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> replaced.incrementAndGet()));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> replaced.get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lines).as("still the phases and the one line").hasSize(2);
        assertThat(exits).isEmpty();
    }

    @Test
    void aFirstPageThatFailsIsReportedWithStatusOne() throws Exception {
        start("failing", "--sandbox-faults", "route=/accounts/*/management/accounts, error=1");

        assertThat(awaitExit()).isEqualTo(1);
        assertThat(lines).containsExactly("startup-probe failed reason=load-error");
        assertThat(rowsOnScreenAtPrint.get()).isZero();
    }
}
