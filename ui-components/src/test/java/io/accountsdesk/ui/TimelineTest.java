package io.accountsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimelineTest {

    private static final Instant T0 = Instant.parse("2024-10-01T08:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofDays(10));

    private Timeline timeline;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        timeline = new Timeline();
        timeline.setNow(NOW);
        timeline.setZone(ZoneId.of("Europe/Oslo"));
        timeline.setLocale(Locale.UK);
        StackPane root = new StackPane(timeline);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Scene scene = new Scene(root, 1000, 400);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static TimelineSpan span(int fromDay, Integer toDay, String label, Tone tone) {
        return new TimelineSpan(T0.plus(Duration.ofDays(fromDay)),
                toDay == null ? null : T0.plus(Duration.ofDays(toDay)), label, tone);
    }

    private List<Label> nodes(FxRobot robot, String styleClass) {
        List<Label> found = new ArrayList<>(robot.lookup("." + styleClass).queryAllAs(Label.class));
        found.removeIf(node -> !node.isVisible());
        return found;
    }

    private Label withTooltip(FxRobot robot, String styleClass, String text) {
        return nodes(robot, styleClass).stream()
                .filter(node -> node.getTooltip() != null && node.getTooltip().getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + styleClass + " mentioning " + text));
    }

    private void show(FxRobot robot, TimelineLane... lanes) {
        robot.interact(() -> timeline.getLanes().setAll(lanes));
    }

    @Test
    void laterEventsSitFurtherRightAndLongerSpansAreWider(FxRobot robot) {
        show(robot,
                new TimelineLane("Account", List.of(span(0, 1, "Applied", Tone.WARNING),
                        span(1, 4, "Review", Tone.ACCENT)), List.of(
                        new TimelineEvent(T0.plus(Duration.ofDays(5)), "Approved", null, Tone.SUCCESS),
                        new TimelineEvent(T0.plus(Duration.ofHours(2)), "Signed", "By Kari", Tone.NEUTRAL))));

        Label signed = withTooltip(robot, "timeline-event", "Signed");
        Label approved = withTooltip(robot, "timeline-event", "Approved");
        assertThat(approved.getLayoutX()).isGreaterThan(signed.getLayoutX() + 100);
        assertThat(signed.getTooltip().getText()).contains("By Kari");

        Label applied = withTooltip(robot, "timeline-span", "Applied");
        Label review = withTooltip(robot, "timeline-span", "Review");
        assertThat(review.getWidth() / applied.getWidth()).isCloseTo(3.0, within(0.05));
        assertThat(review.getLayoutX()).isCloseTo(applied.getLayoutX() + applied.getWidth(), within(1.0));
        assertThat(review.getStyleClass()).contains("timeline-span", "tone-accent");
    }

    @Test
    void spansShowTheirDurationInTextAndTooltip(FxRobot robot) {
        show(robot, new TimelineLane("Vipps", List.of(span(0, 3, "Pending", Tone.WARNING),
                span(3, null, "Enabled", Tone.SUCCESS)), List.of()));
        Label pending = withTooltip(robot, "timeline-span", "Pending");
        assertThat(pending.getText()).isEqualTo("Pending · 3 d");
        assertThat(pending.getTooltip().getText()).contains("Pending").contains("3 d").contains("2024");

        Label open = withTooltip(robot, "timeline-span", "Enabled");
        assertThat(open.getTooltip().getText()).contains("7 d").contains("– now");
        Node nowLine = robot.lookup(".timeline-now").query();
        assertThat(nowLine.isVisible()).isTrue();
        assertThat(open.getLayoutX() + open.getWidth()).as("an open span runs to now")
                .isCloseTo(nowLine.getLayoutX() + 1, within(1.5));

        robot.interact(() -> {
            timeline.setDurationFormatter(d -> d.toHours() + " timer");
            timeline.ongoingTextProperty().set("nå");
        });
        assertThat(pending.getText()).isEqualTo("Pending · 72 timer");
        assertThat(open.getTooltip().getText()).contains("168 timer").contains("– nå");
    }

    @Test
    void narrowSpansDropTheirTextButKeepTheTooltip(FxRobot robot) {
        show(robot, new TimelineLane("Lane", List.of(
                new TimelineSpan(T0, T0.plus(Duration.ofMinutes(20)), "Blink", Tone.DANGER),
                span(0, 30, "Long", Tone.SUCCESS)), List.of()));
        Label blink = withTooltip(robot, "timeline-span", "Blink");
        assertThat(blink.getText()).isEmpty();
        assertThat(blink.getTooltip().getText()).contains("20 min");
    }

    @Test
    void anEndBeforeItsStartIsClampedToASliver(FxRobot robot) {
        show(robot, new TimelineLane("Lane", List.of(span(2, 1, "Backwards", Tone.DANGER),
                span(0, 4, "Normal", Tone.NEUTRAL)), List.of()));
        Label backwards = withTooltip(robot, "timeline-span", "Backwards");
        assertThat(backwards.getWidth()).isBetween(1.0, 4.0);
        assertThat(backwards.getTooltip().getText()).contains("< 1 min");
    }

    @Test
    void namesTicksAndHeightFollowTheLanes(FxRobot robot) {
        show(robot,
                new TimelineLane("Account", List.of(span(0, 9, "Live", Tone.SUCCESS)), List.of()),
                new TimelineLane("Vipps", List.of(), List.of()),
                new TimelineLane("Swish", List.of(), List.of()));
        assertThat(nodes(robot, "timeline-lane-name")).extracting(Label::getText)
                .containsExactly("Account", "Vipps", "Swish");
        double insets = timeline.getInsets().getTop() + timeline.getInsets().getBottom();
        assertThat(timeline.prefHeight(-1)).isEqualTo(insets + Timeline.HEADER_HEIGHT + 3 * Timeline.LANE_HEIGHT);
        assertThat(timeline.getHeight()).isEqualTo(timeline.prefHeight(-1));

        List<Label> ticks = nodes(robot, "timeline-tick");
        assertThat(ticks.size()).isBetween(3, 12);
        ticks.sort(Comparator.comparingDouble(Label::getLayoutX));
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).getLayoutX()).as("tick labels never overlap")
                    .isGreaterThan(ticks.get(i - 1).getLayoutX() + ticks.get(i - 1).getWidth());
        }
    }

    @Test
    void itResizesWithItsWidth(FxRobot robot) {
        show(robot, new TimelineLane("Account", List.of(span(0, 9, "Live", Tone.SUCCESS)), List.of()));
        robot.interact(() -> timeline.setMaxWidth(600));
        Label live = withTooltip(robot, "timeline-span", "Live");
        double narrow = live.getWidth();
        robot.interact(() -> timeline.setMaxWidth(Double.MAX_VALUE));
        assertThat(timeline.getWidth()).isEqualTo(1000);
        assertThat(live.getWidth()).isGreaterThan(narrow + 350);
    }

    @Test
    void noLanesShowsTheEmptyText(FxRobot robot) {
        show(robot);
        robot.interact(() -> timeline.emptyTextProperty().set("Ingen hendelser"));
        Label empty = robot.lookup(".timeline-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("Ingen hendelser");
        assertThat(nodes(robot, "timeline-tick")).isEmpty();
    }

    @Test
    void aSingleEventAndEmptyLanesStillGetAnAxis(FxRobot robot) {
        show(robot, new TimelineLane("Only", List.of(), List.of(new TimelineEvent(T0, "Created", null, null))),
                new TimelineLane("Nothing", null, null));
        assertThat(robot.lookup(".timeline-empty").queryAs(Label.class).isVisible()).isFalse();
        assertThat(nodes(robot, "timeline-tick")).isNotEmpty();
        Label created = withTooltip(robot, "timeline-event", "Created");
        double middle = created.getLayoutX() + created.getWidth() / 2;
        assertThat(middle).as("a lone event sits mid-axis").isBetween(400.0, 800.0);
    }

    @Test
    void manyEventsShareMarkersAndTheTooltipSaysHowManyMore(FxRobot robot) {
        List<TimelineEvent> events = IntStream.range(0, 5000)
                .mapToObj(i -> new TimelineEvent(T0.plus(Duration.ofMinutes(3L * i)), "Ping " + i, null,
                        i == 1234 ? Tone.DANGER : Tone.NEUTRAL))
                .toList();
        show(robot, new TimelineLane("Webhooks", List.of(), events));
        List<Label> markers = nodes(robot, "timeline-event");
        assertThat(markers.size()).isBetween(20, 200);
        assertThat(markers).anySatisfy(marker -> assertThat(marker.getTooltip().getText()).contains("more"));
        assertThat(markers).anySatisfy(marker -> assertThat(marker.getStyleClass()).contains("tone-danger"));
        assertThat(markers).allSatisfy(marker -> assertThat(marker.getStyleClass()).contains("timeline-event-cluster"));
    }

    @Test
    void theArrowKeysWalkTheItemsOfALane(FxRobot robot) {
        show(robot, new TimelineLane("Account", List.of(span(0, 2, "First", Tone.WARNING),
                span(2, 5, "Second", Tone.SUCCESS)), List.of()));
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.RIGHT);
        PseudoClass current = PseudoClass.getPseudoClass("current");
        assertThat(withTooltip(robot, "timeline-span", "First").getPseudoClassStates()).contains(current);
        robot.type(KeyCode.RIGHT);
        assertThat(withTooltip(robot, "timeline-span", "Second").getPseudoClassStates()).contains(current);
        assertThat(withTooltip(robot, "timeline-span", "First").getPseudoClassStates()).doesNotContain(current);
        assertThat(timeline.getAccessibleText()).contains("Second");
        robot.type(KeyCode.ESCAPE);
        assertThat(withTooltip(robot, "timeline-span", "Second").getPseudoClassStates()).doesNotContain(current);
    }

    @Test
    void compactDurations() {
        assertThat(Timeline.compactDuration(Duration.ofHours(76))).isEqualTo("3 d 4 h");
        assertThat(Timeline.compactDuration(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(Timeline.compactDuration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Timeline.compactDuration(Duration.ofSeconds(20))).isEqualTo("< 1 min");
        assertThat(Timeline.compactDuration(Duration.ofDays(-2))).isEqualTo("< 1 min");
    }
}
