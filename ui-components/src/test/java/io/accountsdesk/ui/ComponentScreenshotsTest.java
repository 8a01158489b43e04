package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every control in both themes into docs/screenshots/components, so a change to a control or the stylesheet
 * can be looked at before it is merged. Run with -Pscreenshots; the everyday build leaves it out because it rewrites
 * tracked files.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ComponentScreenshotsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Locale LOCALE = Locale.UK;
    private static final Instant NOW = Instant.parse("2024-11-20T10:30:00Z");
    private static final StatusVocabulary CONNECTION = StatusVocabulary.withTones(Map.of(
            "enabled", Tone.SUCCESS, "pending", Tone.WARNING, "failed", Tone.DANGER, "declined", Tone.DANGER,
            "frozen", Tone.ACCENT));

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void renderEveryControlInBothThemes(FxRobot robot) {
        shoot(robot, "status-badges", ComponentScreenshotsTest::badges, 720, 90);
        shoot(robot, "timeline", ComponentScreenshotsTest::timeline, 1000, 210);
        shoot(robot, "wizard", ComponentScreenshotsTest::wizard, 820, 420);
        shoot(robot, "master-detail-pane", ComponentScreenshotsTest::masterDetail, 1000, 380);
        shoot(robot, "columns", ComponentScreenshotsTest::table, 1000, 300);
        shoot(robot, "form-grid", ComponentScreenshotsTest::form, 640, 330);
        shoot(robot, "controlsfx", ComponentScreenshotsTest::controlsFx, 640, 120);
        robot.interact(Theme.LIGHT::apply);
    }

    // ---------------------------------------------------------------- the controls

    private static Parent badges() {
        HBox row = new HBox(8,
                new StatusBadge("enabled", CONNECTION), new StatusBadge("pending", CONNECTION),
                new StatusBadge("declined", CONNECTION), new StatusBadge("frozen", CONNECTION),
                new StatusBadge("waiting_for_bank", CONNECTION), StatusBadge.labelled("Test mode", Tone.ACCENT));
        row.setAlignment(Pos.CENTER_LEFT);
        HBox small = new HBox(4);
        small.getStyleClass().add("badge-row");
        for (Badge badge : List.of(new Badge("Vipps", Tone.SUCCESS), new Badge("Swish", Tone.WARNING),
                new Badge("Klarna", Tone.DANGER))) {
            StatusBadge node = StatusBadge.labelled(badge.text(), badge.tone());
            node.getStyleClass().add("badge-small");
            small.getChildren().add(node);
        }
        VBox box = new VBox(12, row, small);
        box.setPadding(new Insets(16));
        return box;
    }

    private static Instant day(int days, int hours) {
        return NOW.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours));
    }

    private static Parent timeline() {
        Timeline timeline = new Timeline(List.of(
                new TimelineLane("Account", List.of(
                        new TimelineSpan(day(52, 3), day(45, 6), "Applied", Tone.NEUTRAL),
                        new TimelineSpan(day(45, 6), day(31, 1), "In review", Tone.WARNING),
                        new TimelineSpan(day(31, 1), null, "Live", Tone.SUCCESS)), List.of(
                        new TimelineEvent(day(52, 3), "Application received", "Via partner portal", Tone.NEUTRAL),
                        new TimelineEvent(day(38, 2), "Documents requested", "Proof of ownership", Tone.WARNING),
                        new TimelineEvent(day(31, 1), "Approved", "By the onboarding team", Tone.SUCCESS))),
                new TimelineLane("Vipps", List.of(
                        new TimelineSpan(day(44, 0), day(36, 4), "Pending", Tone.WARNING),
                        new TimelineSpan(day(36, 4), null, "Enabled", Tone.SUCCESS)), List.of(
                        new TimelineEvent(day(44, 0), "Agreement sent", null, Tone.NEUTRAL),
                        new TimelineEvent(day(36, 4), "Enabled", null, Tone.SUCCESS))),
                new TimelineLane("Swish", List.of(
                        new TimelineSpan(day(40, 0), day(26, 0), "Pending", Tone.WARNING),
                        new TimelineSpan(day(26, 0), day(9, 0), "Failed", Tone.DANGER),
                        new TimelineSpan(day(9, 0), null, "Pending", Tone.WARNING)), List.of(
                        new TimelineEvent(day(26, 0), "Declined by bank", "Account holder mismatch", Tone.DANGER),
                        new TimelineEvent(day(9, 0), "Re-submitted", null, Tone.NEUTRAL)))));
        timeline.setNow(NOW);
        // The only control in its scene would take the focus; the picture shows it as it sits in a screen.
        timeline.setFocusTraversable(false);
        timeline.setZone(OSLO);
        timeline.setLocale(LOCALE);
        VBox box = new VBox(timeline);
        box.setPadding(new Insets(12));
        return box;
    }

    private static Parent wizard() {
        TextField name = new TextField("Fjord Fisk AS");
        TextField email = new TextField("kari.nordmann@fjordfisk.no");
        TextField phone = new TextField("+47 22 33 44 55");
        FormGrid contact = new FormGrid();
        contact.addRow("Contact name", new TextField("Kari Nordmann"));
        contact.addRow("Email", email);
        contact.addRow("Phone", phone);
        ObservableBooleanValue always = Bindings.createBooleanBinding(() -> true);
        Wizard wizard = new Wizard(List.of(
                new WizardStep("Company", new VBox(name), always),
                new WizardStep("Contact", contact, always),
                new WizardStep("Payment methods", new Label("Vipps, Swish"), always),
                new WizardStep("Summary", new Label("Ready to create"))));
        wizard.next();
        return wizard;
    }

    private static Parent masterDetail() {
        TableView<Row> table = table();
        table.getColumns().removeIf(column -> !List.of("Name", "Status", "Volume").contains(column.getText()));
        table.getSelectionModel().select(0);
        PropertyGrid grid = new PropertyGrid();
        grid.addValue("Organisation number", "923609016");
        grid.addNode("Status", new StatusBadge("enabled", CONNECTION));
        grid.addValue("Website", null);
        grid.addValue("Email", "post@fjordfisk.no");
        Label title = new Label("Fjord Fisk AS");
        title.getStyleClass().add("detail-title");
        VBox detail = new VBox(12, title, grid);
        detail.getStyleClass().add("detail-panel");
        detail.setPadding(new Insets(16));
        MasterDetailPane pane = new MasterDetailPane(table, detail);
        pane.setDividerPosition(0.62);
        return pane;
    }

    record Row(String name, String status, List<Badge> connections, LocalDate created, Long amount,
            String currency) {
    }

    private static TableView<Row> table() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LOCALE);
        TableView<Row> table = new TableView<>();
        table.getColumns().addAll(List.of(
                Columns.text("Name", Row::name),
                Columns.badge("Status", Row::status, CONNECTION),
                Columns.badges("Connections", Row::connections),
                Columns.<Row>date("Created", row -> (TemporalAccessor) row.created(), date),
                Columns.money("Volume", Row::amount, Row::currency, LOCALE)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(
                new Row("Fjord Fisk AS", "enabled", List.of(new Badge("Vipps", Tone.SUCCESS),
                        new Badge("Swish", Tone.WARNING, "Pending since 3 Nov")), LocalDate.of(2024, 9, 29),
                        12345678L, "NOK"),
                new Row("Bakeriet på hjørnet", "pending", List.of(new Badge("Vipps", Tone.WARNING)),
                        LocalDate.of(2024, 10, 14), 98500L, "NOK"),
                new Row("Nordlys Sport", "declined", List.of(new Badge("Klarna", Tone.DANGER)),
                        LocalDate.of(2024, 11, 2), 0L, "SEK"),
                new Row("Tokyo Tea House", "enabled", List.of(new Badge("Card", Tone.SUCCESS)),
                        LocalDate.of(2024, 11, 8), 123456L, "JPY"),
                new Row(null, "frozen", List.of(), null, null, "EUR"),
                new Row("Odd Currency Ltd", "something_new", List.of(), LocalDate.of(2024, 11, 19), 4200L,
                        "XTS"));
        return table;
    }

    private static Parent form() {
        FormGrid form = new FormGrid();
        form.addSection("Company");
        form.addRow("Name", new TextField("Fjord Fisk AS"));
        form.addRow("Organisation number", new TextField("92360901"),
                new SimpleStringProperty("Must be nine digits"));
        ComboBox<String> country = new ComboBox<>();
        country.getItems().setAll("Norway", "Sweden");
        country.getSelectionModel().select(0);
        form.addRow("Country", country, new SimpleStringProperty(""));
        form.addSection("Contact");
        form.addRow("Email", new TextField("post@fjordfisk.no"), new SimpleStringProperty(""));
        form.setPadding(new Insets(16));
        return form;
    }

    private static Parent controlsFx() {
        ToggleSwitch on = new ToggleSwitch("Send receipts");
        on.setSelected(true);
        ToggleSwitch off = new ToggleSwitch("Test mode");
        ToggleButton day = new ToggleButton("Day");
        day.setSelected(true);
        SegmentedButton range = new SegmentedButton(day, new ToggleButton("Week"), new ToggleButton("Month"));
        Rating rating = new Rating(5, 3);
        HBox first = new HBox(24, on, off, rating);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(16, first, range);
        box.setPadding(new Insets(16));
        return box;
    }

    // ---------------------------------------------------------------- rendering

    private void shoot(FxRobot robot, String name, Supplier<Parent> build, double width, double height) {
        for (Theme theme : Theme.values()) {
            Scene[] scene = new Scene[1];
            robot.interact(() -> {
                theme.apply();
                scene[0] = new Scene(build.get(), width, height);
                Theme.style(scene[0]);
                stage.setScene(scene[0]);
                stage.sizeToScene();
            });
            // Validation decorations and skins settle over a few pulses.
            WaitForAsyncUtils.waitForFxEvents(5);
            WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene[0].snapshot(null));
            Path file = componentsFolder().resolve(name + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
            write(image, file);
            assertThat(file).isNotEmptyFile();
        }
    }

    private static Path componentsFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above the working directory holds docs/").isNotNull();
        Path folder = dir.resolve("docs/screenshots/components");
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG through javax.imageio, so the build needs no javafx-swing for SwingFXUtils. */
    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
