package io.accountsdesk.app.diagnostics;

import io.accountsdesk.app.accounts.AccountPageViewModel;
import io.accountsdesk.app.accounts.AccountRow;
import io.accountsdesk.app.accounts.AccountTab;
import io.accountsdesk.app.core.nav.Navigator;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.shell.ModelScreen;
import io.accountsdesk.app.shell.Screen;
import io.accountsdesk.app.shell.Workspace;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountEventQuery;
import io.accountsdesk.client.accounts.AccountsApi;
import io.accountsdesk.client.accounts.NewAccountEvent;
import io.accountsdesk.client.http.Cancellation;
import io.accountsdesk.ui.ContentState;
import io.accountsdesk.ui.PagedTableView;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * {@code --bench-scenario memory|stalls}: drives the real app, as a user would, through a script on a thread of its
 * own, prints {@code BENCH …} lines for {@code bench/memory-and-stalls.sh} and ends the app. Nothing here runs
 * without the option.
 *
 * <ul>
 *   <li><b>memory</b>: the first page of accounts; the list paged to {@code bench.rows} rows (10,000) by scrolling to
 *       its end; then {@code bench.pages} accounts (50) opened one after another from the list, each on another tab,
 *       and back to the list. Prints the resident set and the heap after each stage, and whether each account page
 *       left behind was collected (weak references to what it showed) with live instance counts.</li>
 *   <li><b>stalls</b>: an {@link FxStallMonitor} on the window, and four phases: typing searches key by key,
 *       paging {@code bench.rows} rows, switching screens and tabs, and opening an account with
 *       {@code bench.events} events (1,000; the bench adds them through the API first) and reading all of them.
 *       Prints the longest and the 99th percentile pulse and FX-thread wait of each phase.</li>
 * </ul>
 *
 * Knobs are system properties ({@code -Dbench.rows=…}, {@code bench.pages}, {@code bench.events},
 * {@code bench.peerPid}: a standalone sandbox's pid, whose resident set is printed beside the app's).
 */
public final class BenchDriver {

    public static final List<String> SCENARIOS = List.of("memory", "stalls");

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> COUNTED = List.of("io.accountsdesk.client.accounts.Account",
            "io.accountsdesk.app.accounts.AccountRow", "io.accountsdesk.app.accounts.AccountOverview",
            "io.accountsdesk.app.accounts.AccountEventsViewModel$EventRow", "io.accountsdesk.client.ApiClient",
            "javafx.scene.control.TableRow", "javafx.scene.control.TableCell");

    private final String scenario;
    private final Scene scene;
    private final Supplier<Workspace> workspaces;
    private final Consumer<String> out;
    private final int rowsWanted = Integer.getInteger("bench.rows", 10_000);
    private final int pagesWanted = Integer.getInteger("bench.pages", 50);
    private final int eventsWanted = Integer.getInteger("bench.events", 1_000);
    private final long peerPid = Long.getLong("bench.peerPid", -1);
    private final long started = System.nanoTime();
    private Workspace workspace;
    private FxStallMonitor monitor;
    private long firstPageAt;

    private BenchDriver(String scenario, Scene scene, Supplier<Workspace> workspaces, Consumer<String> out) {
        this.scenario = scenario;
        this.scene = scene;
        this.workspaces = workspaces;
        this.out = out;
    }

    /**
     * Starts {@code scenario} on a thread of its own; call on the FX thread once the window shows. The app's session
     * is read from {@code workspaces} once it exists; the script ends the app when it is done.
     */
    public static void start(String scenario, Scene scene, Supplier<Workspace> workspaces) {
        BenchDriver driver = new BenchDriver(scenario, scene, workspaces, BenchDriver::print);
        if (scenario.equals("stalls")) {
            driver.monitor = FxStallMonitor.install(scene);
        }
        Thread thread = new Thread(driver::run, "bench-driver");
        thread.setDaemon(true);
        thread.start();
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private void run() {
        try {
            out.accept("BENCH start scenario=" + scenario + " jvm=" + System.getProperty("java.vm.version")
                    + " gc=" + collectors() + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " args=" + String.join(",", java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments()).replace(' ', '_'));
            // A new sandbox data directory is generated first: with 100,000 accounts that takes minutes.
            if (!awaitQuietly(Duration.ofMinutes(15), () -> workspaces.get() != null)) {
                throw new IllegalStateException("timed out waiting until the session begins");
            }
            workspace = fx(workspaces::get);
            awaitFirstPage();
            if (scenario.equals("memory")) {
                memory();
            } else {
                stalls();
            }
            out.accept(String.format(Locale.ROOT, "BENCH done scenario=%s seconds=%.1f", scenario,
                    (System.nanoTime() - started) / 1e9));
            Platform.runLater(Platform::exit);
        } catch (Throwable failure) {
            out.accept("BENCH failed scenario=" + scenario + " reason=" + String.valueOf(failure.getMessage())
                    .replace('\n', ' '));
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static String collectors() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).map(n -> n.replace(' ', '_'))
                .reduce((a, b) -> a + "+" + b).orElse("?");
    }

    // --- memory ---------------------------------------------------------------------------------------------------

    private void memory() throws Exception {
        settle();
        await("the idle warm-up ends", () -> !workspace.warmingUp()); // its pages thrown away, as a user would see
        settle();
        memoryLine("first-page");
        pageTo(rowsWanted);
        settle();
        memoryLine("list-" + rowsWanted);

        List<String> ids = fx(() -> table().getItems().stream().limit(pagesWanted + 1L)
                .map(AccountRow::accountId).toList());
        List<WeakReference<Object>> left = new ArrayList<>();
        AccountTab[] tabs = AccountTab.values();
        for (int i = 0; i < pagesWanted; i++) {
            Shown shown = openAccount(ids.get(i), tabs[i % tabs.length]);
            left.add(new WeakReference<>(shown.account()));
            left.add(new WeakReference<>(shown.overview()));
            backToList();
        }
        // One more, not watched: the page screen keeps showing the last account it opened, by design.
        openAccount(ids.get(pagesWanted), AccountTab.OVERVIEW);
        backToList();
        settle();
        MemoryFigures.collect();
        long collected = left.stream().filter(ref -> ref.get() == null).count();
        out.accept("BENCH leak pages=" + pagesWanted + " watched=" + left.size() + " collected=" + collected
                + " retained=" + (left.size() - collected));
        Map<String, Long> counts = MemoryFigures.liveInstances(COUNTED);
        StringBuilder line = new StringBuilder("BENCH instances");
        counts.forEach((name, count) -> line.append(' ').append(name.substring(name.lastIndexOf('.') + 1))
                .append('=').append(count));
        out.accept(counts.isEmpty() ? "BENCH instances unavailable" : line.toString());
        memoryLine("after-" + pagesWanted + "-accounts");
        Map<String, Double> nmt = MemoryFigures.nativeCommitted();
        if (!nmt.isEmpty()) {
            StringBuilder nmtLine = new StringBuilder("BENCH nmt_committed_mb");
            nmt.forEach((category, mb) -> nmtLine.append(' ').append(category).append('=')
                    .append(String.format(Locale.ROOT, "%.1f", mb)));
            out.accept(nmtLine.toString());
        }
    }

    private void memoryLine(String stage) throws Exception {
        int rows = fx(() -> table().getItems().size());
        MemoryFigures.Reading reading = MemoryFigures.read();
        String peer = "";
        if (peerPid > 0) {
            peer = String.format(Locale.ROOT, " sandbox_rss_mb=%.0f sandbox_rss_peak_mb=%.0f",
                    MemoryFigures.statusKb(peerPid, "VmRSS") / 1024.0, MemoryFigures.statusKb(peerPid, "VmHWM") / 1024.0);
        }
        out.accept("BENCH memory stage=" + stage + " rows=" + rows + " " + reading.describe() + peer);
    }

    // --- stalls ---------------------------------------------------------------------------------------------------

    private void stalls() throws Exception {
        String eventsAccount = fx(() -> table().getItems().get(2).accountId());
        int added = ensureEvents(eventsAccount);
        out.accept("BENCH events account=" + eventsAccount + " wanted=" + eventsWanted + " added=" + added);
        settle();
        // The app readies unvisited screens while the user is idle after the first page (Workspace's warm-up); a
        // user reading that page gives it the time. Say how long it took from the first page, and wait if need be.
        await("the idle warm-up ends", () -> !workspace.warmingUp());
        out.accept(String.format(Locale.ROOT, "BENCH warm-up ended_by_s=%.1f after_first_page",
                (System.nanoTime() - firstPageAt) / 1e9));

        phase("search", () -> {
            for (String word : List.of("bakeri", "zzqx", "nord", "as")) {
                typeSearch(word);
                settleList();
                clearSearch(word.length());
                settleList();
            }
        });
        phase("paging", () -> pageTo(rowsWanted));
        out.accept(fx(() -> {
            double min = Double.MAX_VALUE;
            double max = 0;
            for (Node row : table().lookupAll(".table-row-cell")) {
                if (row.isVisible() && row.getLayoutBounds().getHeight() > 0) {
                    min = Math.min(min, row.getLayoutBounds().getHeight());
                    max = Math.max(max, row.getLayoutBounds().getHeight());
                }
            }
            return String.format(Locale.ROOT, "BENCH rows height_min=%.1f height_max=%.1f fixed_cell_size=%.1f",
                    min, max, table().getFixedCellSize());
        }));
        String other = fx(() -> table().getItems().get(5).accountId());
        phase("switch", () -> {
            for (int round = 0; round < 5; round++) {
                openAccount(other, AccountTab.OVERVIEW);
                for (AccountTab tab : List.of(AccountTab.DETAILS, AccountTab.SERVICES, AccountTab.CONNECTIONS,
                        AccountTab.LINK, AccountTab.OVERVIEW)) {
                    clickTab(tab);
                }
                backToList();
                fx(() -> navigator().forward());
                awaitAccount(other);
                backToList();
            }
        });
        phase("events", () -> {
            fx(() -> navigator().goTo(Place.of("account", "id", eventsAccount, "tab", AccountTab.EVENTS.id())));
            awaitAccount(eventsAccount);
            ListView<?> events = fx(() -> (ListView<?>) scene.lookup("#event-list"));
            await("the first events", () -> !events.getItems().isEmpty());
            Button more = fx(() -> (Button) scene.lookup("#events-more"));
            while (fx(() -> more.isVisible() && events.getItems().size() < eventsWanted)) {
                int before = fx(() -> events.getItems().size());
                fx(() -> {
                    events.scrollTo(before - 1);
                    more.fire();
                    return null;
                });
                await("more events", () -> events.getItems().size() > before || !more.isVisible());
            }
            settle();
            out.accept("BENCH events shown=" + fx(() -> events.getItems().size()));
            backToList();
        });
        fx(() -> {
            monitor.close();
            return null;
        });
        memoryLine("end-of-stalls");
    }

    private interface Step {
        void run() throws Exception;
    }

    private void phase(String name, Step step) throws Exception {
        fx(() -> {
            monitor.begin(name);
            return null;
        });
        long start = System.nanoTime();
        step.run();
        settle();
        FxStallMonitor.Phase done = fx(monitor::end);
        out.accept(String.format(Locale.ROOT, "BENCH stalls phase=%s seconds=%.1f %s %s", name,
                (System.nanoTime() - start) / 1e9, done.waits().describe("fx_wait"), done.pulses().describe("pulse")));
        done.stallsAt().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(8).forEach(stall -> out.accept(String.format(Locale.ROOT,
                        "BENCH stall-at phase=%s ms=%.0f where=%s", name, stall.getValue(),
                        stall.getKey().replace(' ', '_'))));
    }

    /** Adds comments through the API until the account has {@code eventsWanted}; returns how many were added. */
    private int ensureEvents(String accountId) {
        AccountsApi accounts = workspace.services().client().accounts();
        long have;
        try (var events = accounts.streamEvents(accountId, AccountEventQuery.all().withLimit(100),
                Cancellation.NEVER)) {
            have = events.count();
        }
        int added = 0;
        for (long i = have; i < eventsWanted; i++) {
            accounts.addEvent(accountId, NewAccountEvent.comment("Bench note " + (i + 1)
                    + ": called the merchant about the onboarding documents, they will send the signed agreement"
                    + " and the beneficial owners' ids this week."));
            added++;
        }
        return added;
    }

    /** Types {@code word} into the search box a key at a time, at a brisk typist's pace. */
    private void typeSearch(String word) throws Exception {
        TextField search = fx(() -> {
            TextField field = (TextField) scene.lookup("#account-search");
            field.requestFocus();
            field.end();
            return field;
        });
        for (char c : word.toCharArray()) {
            fx(() -> {
                key(search, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.getKeyCode(
                        String.valueOf(Character.toUpperCase(c))));
                key(search, KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED);
                key(search, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.getKeyCode(
                        String.valueOf(Character.toUpperCase(c))));
                return null;
            });
            Thread.sleep(120);
        }
    }

    private void clearSearch(int keys) throws Exception {
        TextField search = fx(() -> (TextField) scene.lookup("#account-search"));
        for (int i = 0; i < keys; i++) {
            fx(() -> {
                key(search, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
                key(search, KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE);
                return null;
            });
            Thread.sleep(90);
        }
    }

    private static void key(Node target, javafx.event.EventType<KeyEvent> type, String character, KeyCode code) {
        Event.fireEvent(target, new KeyEvent(type, character, "", code == null ? KeyCode.UNDEFINED : code, false,
                false, false, false));
    }

    /** Waits until the list has answered the search typed last (the debounce, then the call). */
    private void settleList() throws Exception {
        Thread.sleep(450);
        settle();
        await("the list to show its answer", () -> {
            ContentState state = listState();
            return state == ContentState.READY || state == ContentState.EMPTY;
        });
    }

    // --- shared steps ---------------------------------------------------------------------------------------------

    /** Pages the list to {@code wanted} rows the way a user does: scrolling to its end loads the next page. */
    private void pageTo(int wanted) throws Exception {
        TableView<AccountRow> table = fx(this::table);
        int byButton = 0;
        long start = System.nanoTime();
        while (fx(() -> table.getItems().size()) < wanted) {
            int before = fx(() -> table.getItems().size());
            if (!fx(() -> listMore())) {
                break;
            }
            fx(() -> {
                table.scrollTo(before - 1);
                return null;
            });
            fx(() -> {
                // The scroll bar reaching its end is what loads the next page, as a wheel or a drag to the bottom.
                ScrollBar bar = verticalBar(table);
                if (bar != null) {
                    bar.setValue(bar.getMax());
                }
                return null;
            });
            if (!awaitQuietly(Duration.ofSeconds(2), () -> table.getItems().size() > before)) {
                // The scroll did not reach the end (a layout still pending): the footer's button does the same.
                byButton++;
                fx(() -> {
                    list().requestMore();
                    return null;
                });
                await("the next page", () -> table.getItems().size() > before);
            }
        }
        out.accept(String.format(Locale.ROOT, "BENCH paged rows=%d seconds=%.1f pages_by_button=%d",
                fx(() -> table.getItems().size()), (System.nanoTime() - start) / 1e9, byButton));
    }

    private static ScrollBar verticalBar(TableView<?> table) {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                return bar;
            }
        }
        return null;
    }

    private record Shown(Account account, Object overview) {
    }

    /** Opens the account's place from the list, as Enter on its row does, and waits until it shows. */
    private Shown openAccount(String id, AccountTab tab) throws Exception {
        fx(() -> navigator().goTo(tab == AccountTab.OVERVIEW ? Place.of("account", "id", id)
                : Place.of("account", "id", id, "tab", tab.id())));
        return awaitAccount(id);
    }

    private Shown awaitAccount(String id) throws Exception {
        await("account " + id + " shows", () -> {
            AccountPageViewModel page = page();
            return page != null && page.stateProperty().get() == ContentState.READY && page.accountProperty().get() != null
                    && id.equals(page.accountProperty().get().accountId())
                    && page.pricePackageStateProperty().get() != ContentState.LOADING;
        });
        settle();
        return fx(() -> new Shown(page().accountProperty().get(), page().overviewProperty().get()));
    }

    private void clickTab(AccountTab which) throws Exception {
        fx(() -> {
            TabPane tabs = (TabPane) scene.lookup("#account-tabs");
            Tab tab = tabs.getTabs().stream().filter(t -> ("tab-" + which.id()).equals(t.getId())).findFirst()
                    .orElseThrow();
            tabs.getSelectionModel().select(tab);
            return null;
        });
        settle();
    }

    private void backToList() throws Exception {
        fx(() -> navigator().back());
        await("the list shows", () -> {
            Place here = navigator().current();
            return here != null && here.screen().equals("accounts") && listState() == ContentState.READY;
        });
        settle();
    }

    private void awaitFirstPage() throws Exception {
        await("the first page of accounts", () -> {
            firstPageAt = System.nanoTime();
            Screen current = workspace.screens().current();
            return current != null && current.readiness() != null
                    && current.readiness().state().getValue() == ContentState.READY
                    && !current.readiness().items().isEmpty();
        });
    }

    /** No task of the session runs, and the FX thread has drawn a frame since. */
    private void settle() throws Exception {
        await("the session's tasks end", () -> workspace.services().tasks().runningTasks().isEmpty());
        Thread.sleep(60);
        fx(() -> null);
    }

    private Navigator navigator() {
        return workspace.navigator();
    }

    private AccountPageViewModel page() {
        Screen screen = workspace.screens().made().get("account");
        return screen instanceof ModelScreen model && model.model() instanceof AccountPageViewModel page ? page : null;
    }

    @SuppressWarnings("unchecked")
    private PagedTableView<AccountRow> list() {
        return (PagedTableView<AccountRow>) workspace.screens().made().get("accounts").view()
                .lookup("#account-list");
    }

    private TableView<AccountRow> table() {
        return list().getTable();
    }

    private ContentState listState() {
        return list().stateProperty().get();
    }

    private boolean listMore() {
        return list().hasMoreProperty().get();
    }

    private void await(String what, BooleanSupplier condition) throws Exception {
        if (!awaitQuietly(STEP_TIMEOUT, condition)) {
            throw new IllegalStateException("timed out waiting until " + what);
        }
    }

    private boolean awaitQuietly(Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(15);
        }
        return true;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
