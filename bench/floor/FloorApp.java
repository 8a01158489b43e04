import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The floor for start-up time: the least a JavaFX window with a table costs on this JDK and machine, with none of the
 * app's code, libraries, sandbox or styling. One window, one TableView of 5 columns and 50 rows (the app's first
 * page), and the same line {@code --startup-probe} prints once the table has been laid out:
 * {@code startup-probe ready_ms=MS rows=N}, MS counted from the process's start the same way the app counts it.
 *
 * <p>Compiled and run by {@code bench/startup.sh} against the JavaFX jars in {@code ~/.m2}, on the module path.
 * Nested so it also runs from the class path, where the main class must not extend {@link Application}.
 */
public final class FloorApp {

    private static final int ROWS = 50;

    private FloorApp() {
    }

    public static void main(String[] args) {
        Window.sinceStart = sinceProcessStart(); // before JavaFX loads: one look at the OS, then a monotonic clock
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        static LongSupplier sinceStart;

        @Override
        public void start(Stage stage) {
            TableView<String[]> table = new TableView<>();
            String[] headings = {"Name", "Account", "Organisation", "Manager", "Status"};
            for (int c = 0; c < headings.length; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>(headings[c]);
                col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
                col.setPrefWidth(200);
                table.getColumns().add(col);
            }
            ObservableList<String[]> rows = FXCollections.observableArrayList();
            for (int r = 0; r < ROWS; r++) {
                rows.add(new String[] {"Merchant " + r, "T123000" + String.format("%02d", r), "9" + (10_000_000 + r),
                        "manager" + r % 7 + "@example.com", r % 3 == 0 ? "enabled" : "pending"});
            }
            table.setItems(rows);

            Scene scene = new Scene(table);
            scene.addPostLayoutPulseListener(new Runnable() {
                private boolean done;

                @Override
                public void run() {
                    if (done) {
                        return;
                    }
                    done = true;
                    System.out.println("startup-probe ready_ms=" + sinceStart.getAsLong() + " rows="
                            + table.getItems().size());
                    System.out.flush();
                    Platform.exit();
                }
            });
            stage.setTitle("Start-up floor");
            stage.setScene(scene);
            // Sized as the app sizes its window, since there may be no window manager to do it (Xvfb).
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1440, screen.getWidth() * 0.95));
            stage.setHeight(Math.min(900, screen.getHeight() * 0.95));
            stage.show();
        }
    }

    // The same clock as the app's io.accountsdesk.app.ProcessClock, copied so the floor carries no app code: on Linux
    // /proc gives the process's age to 10 ms, where ProcessHandle's start instant can be up to a second early.

    private static LongSupplier sinceProcessStart() {
        long startNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(ageMillis());
        return () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static long ageMillis() {
        OptionalLong linux = linuxAgeMillis();
        if (linux.isPresent()) {
            return linux.getAsLong();
        }
        long startMillis = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return Math.max(0, System.currentTimeMillis() - startMillis);
    }

    private static OptionalLong linuxAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            long startTicks = Long.parseLong(fields[19]);
            String uptime = Files.readString(Path.of("/proc/uptime")).trim();
            long age = Math.round(Double.parseDouble(uptime.split(" +")[0]) * 1000) - startTicks * 10;
            return age >= 0 ? OptionalLong.of(age) : OptionalLong.empty();
        } catch (IOException | RuntimeException unavailable) {
            return OptionalLong.empty();
        }
    }
}
