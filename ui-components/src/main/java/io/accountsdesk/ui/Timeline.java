package io.accountsdesk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Where something has been over time: one lane per subject (an account, a payment connection), its states as
 * coloured bars with how long each lasted ("time in status"), and its events as markers, on a shared calendar axis.
 * Every bar and marker has a tooltip with its dates and duration. The control is laid out by hand and reuses its
 * nodes between passes; events closer together than a few pixels share one marker, so thousands of events stay
 * cheap. With focus, the arrow keys walk the bars and markers and show each one's tooltip.
 */
public class Timeline extends Region {

    static final double HEADER_HEIGHT = 30;
    static final double LANE_HEIGHT = 46;
    private static final double SPAN_TOP = 6;
    private static final double SPAN_HEIGHT = 22;
    private static final double EVENT_CENTER = 36;
    private static final double EVENT_SIZE = 11;
    private static final double CLUSTER_SIZE = 13;
    private static final double CLUSTER_PIXELS = 8;
    private static final double MIN_SPAN_WIDTH = 3;
    private static final double MIN_LABELLED_WIDTH = 40;
    private static final double NAME_MIN = 80;
    private static final double NAME_MAX = 220;
    private static final double NAME_INDENT = 10;
    private static final double PLOT_GAP = 12;
    private static final double RIGHT_PAD = 16;
    private static final double MIN_TICK_SPACING = 96;
    private static final double RANGE_PADDING = 0.03;
    private static final Duration MIN_RANGE = Duration.ofHours(1);
    private static final Duration EMPTY_RANGE = Duration.ofDays(7);
    private static final int EVENTS_IN_TOOLTIP = 8;
    private static final String SEPARATOR = " · ";
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final javafx.util.Duration TOOLTIP_DELAY = javafx.util.Duration.millis(250);
    /** Which tone a merged marker shows: the most alarming of its events. */
    private static final List<Tone> SEVERITY = List.of(Tone.DANGER, Tone.WARNING, Tone.ACCENT, Tone.SUCCESS,
            Tone.NEUTRAL);

    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now", Instant.now());
    private final ObjectProperty<Function<Duration, String>> durationFormatter =
            new SimpleObjectProperty<>(this, "durationFormatter", Timeline::compactDuration);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "Nothing has happened yet");
    private final StringProperty ongoingText = new SimpleStringProperty(this, "ongoingText", "now");
    private final StringProperty moreEventsText = new SimpleStringProperty(this, "moreEventsText", "+{0} more");

    private final Pane stripeLayer = layer();
    private final Pane gridLayer = layer();
    private final Pane spanLayer = layer();
    private final Pane eventLayer = layer();
    private final Pane axisLayer = layer();
    private final Pane nameLayer = layer();
    private final NodePool<Region> stripes = new NodePool<>(stripeLayer, () -> styled(new Region(), "timeline-lane"));
    private final NodePool<Region> gridLines = new NodePool<>(gridLayer,
            () -> styled(new Region(), "timeline-grid-line"));
    private final NodePool<Label> spans = new NodePool<>(spanLayer, this::newSpan);
    private final NodePool<Label> events = new NodePool<>(eventLayer, this::newEvent);
    private final NodePool<Label> ticks = new NodePool<>(axisLayer, () -> styled(new Label(), "timeline-tick"));
    private final NodePool<Label> names = new NodePool<>(nameLayer, this::newName);
    private final Region axisBar = styled(new Region(), "timeline-axis");
    private final Region nowLine = styled(new Region(), "timeline-now");
    private final Label emptyLabel = styled(new Label(), "timeline-empty");
    private final Rectangle plotClip = new Rectangle();
    private final Text measure = new Text();

    /** Each lane's events by time, kept in step with {@link #lanes} so a layout pass does not sort. */
    private List<List<TimelineEvent>> sortedEvents = List.of();
    /** Each lane's bars and markers left to right, as the last pass placed them: what the arrow keys walk. */
    private final List<List<Node>> laneItems = new ArrayList<>();
    private int keyLane = -1;
    private int keyItem = -1;
    private Node current;

    public Timeline() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        emptyLabel.textProperty().bind(emptyText);
        emptyLabel.setWrapText(true);
        emptyLabel.setAlignment(Pos.CENTER);
        spanLayer.setClip(plotClip);
        nowLine.setMouseTransparent(true);
        getChildren().addAll(stripeLayer, gridLayer, spanLayer, eventLayer, nowLine, axisBar, axisLayer, nameLayer,
                emptyLabel);

        lanes.addListener((Observable o) -> {
            sortedEvents = lanes.stream()
                    .map(lane -> lane.events().stream().sorted(Comparator.comparing(TimelineEvent::at)).toList())
                    .toList();
            requestLayout();
        });
        for (Observable property : List.of(now, durationFormatter, zone, locale, ongoingText, moreEventsText)) {
            property.addListener(o -> requestLayout());
        }
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                select(-1, -1);
            }
        });
    }

    public Timeline(List<TimelineLane> lanes) {
        this();
        this.lanes.setAll(lanes);
    }

    /** The default duration words: "3 d 4 h", "2 h 5 min", "45 min", "< 1 min". */
    public static String compactDuration(Duration duration) {
        Duration d = duration == null || duration.isNegative() ? Duration.ZERO : duration;
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        if (days > 0) {
            return hours > 0 ? days + " d " + hours + " h" : days + " d";
        }
        if (hours > 0) {
            return minutes > 0 ? hours + " h " + minutes + " min" : hours + " h";
        }
        return minutes > 0 ? minutes + " min" : "< 1 min";
    }

    // ---------------------------------------------------------------- node factories

    private static Pane layer() {
        Pane layer = new Pane() {
            @Override
            protected void layoutChildren() {
                // The timeline places every child itself.
            }
        };
        // Layers are stacked over each other; only what is drawn on them may catch the mouse.
        layer.setPickOnBounds(false);
        return layer;
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private Label newSpan() {
        Label span = styled(new Label(), "timeline-span");
        span.setTextOverrun(OverrunStyle.ELLIPSIS);
        span.setMinSize(0, 0);
        span.setTooltip(tooltip());
        return span;
    }

    /** A marker is a text-less label, so it carries its tooltip like a bar does. */
    private Label newEvent() {
        Label marker = styled(new Label(), "timeline-event");
        marker.setMinSize(0, 0);
        marker.setTooltip(tooltip());
        return marker;
    }

    private Label newName() {
        Label name = styled(new Label(), "timeline-lane-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        return name;
    }

    private Tooltip tooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(TOOLTIP_DELAY);
        tooltip.getStyleClass().add("timeline-tooltip");
        // Escape reaches a showing popup, not the timeline: the keyboard's pick ends with its tooltip.
        tooltip.setOnHidden(event -> {
            if (current != null && tooltipOf(current) == tooltip) {
                select(-1, -1);
            }
        });
        return tooltip;
    }

    // ---------------------------------------------------------------- sizes

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + NAME_INDENT + NAME_MAX + PLOT_GAP + 480 + RIGHT_PAD + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + NAME_INDENT + NAME_MIN + PLOT_GAP + 160 + RIGHT_PAD + in.getRight();
    }

    /** Lanes have a fixed height, so the timeline is exactly as tall as its header and lanes. */
    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + HEADER_HEIGHT + Math.max(1, lanes.size()) * LANE_HEIGHT + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** Taller would only add empty space under the last lane; the parent keeps what is left. */
    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    // ---------------------------------------------------------------- layout

    /** The stretch of time the axis shows. */
    private record Range(Instant from, Instant to) {
        long millis() {
            return Math.max(1, Duration.between(from, to).toMillis());
        }
    }

    /** Maps instants to x positions inside the plot. */
    private record Scale(Range range, double left, double width) {
        double x(Instant at) {
            return left + (at.toEpochMilli() - range.from().toEpochMilli()) * width / range.millis();
        }

        double right() {
            return left + width;
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        for (Node layer : List.of(stripeLayer, gridLayer, spanLayer, eventLayer, axisLayer, nameLayer)) {
            layer.resizeRelocate(0, 0, width, height);
        }
        for (NodePool<?> pool : List.of(stripes, gridLines, spans, events, ticks, names)) {
            pool.reset();
        }
        laneItems.clear();
        Insets in = getInsets();
        boolean empty = lanes.isEmpty();
        emptyLabel.setVisible(empty);
        axisBar.setVisible(!empty);
        nowLine.setVisible(false);
        if (empty) {
            emptyLabel.resizeRelocate(in.getLeft(), in.getTop(), width - in.getLeft() - in.getRight(),
                    height - in.getTop() - in.getBottom());
        } else {
            layoutLanes(in, width);
        }
        for (NodePool<?> pool : List.of(stripes, gridLines, spans, events, ticks, names)) {
            pool.trim();
        }
        restoreSelection();
    }

    private void layoutLanes(Insets in, double width) {
        double top = in.getTop();
        double lanesTop = top + HEADER_HEIGHT;
        double lanesBottom = lanesTop + lanes.size() * LANE_HEIGHT;
        double nameWidth = layoutNames(in.getLeft() + NAME_INDENT, lanesTop);
        double plotLeft = in.getLeft() + NAME_INDENT + nameWidth + PLOT_GAP;
        double plotWidth = Math.max(1, width - in.getRight() - RIGHT_PAD - plotLeft);
        Scale scale = new Scale(range(), plotLeft, plotWidth);
        plotClip.setX(plotLeft);
        plotClip.setY(lanesTop);
        plotClip.setWidth(plotWidth);
        plotClip.setHeight(lanesBottom - lanesTop);

        axisBar.resizeRelocate(in.getLeft(), top, width - in.getLeft() - in.getRight(), HEADER_HEIGHT);
        layoutTicks(scale, top, lanesTop, lanesBottom);
        Instant nowAt = now();
        for (int i = 0; i < lanes.size(); i++) {
            double y = lanesTop + i * LANE_HEIGHT;
            Region stripe = stripes.next();
            stripe.pseudoClassStateChanged(ODD, i % 2 == 1);
            stripe.resizeRelocate(in.getLeft(), y, width - in.getLeft() - in.getRight(), LANE_HEIGHT);
            List<Node> items = new ArrayList<>();
            for (TimelineSpan span : lanes.get(i).spans()) {
                items.add(layoutSpan(span, scale, y, nowAt));
            }
            items.addAll(layoutEvents(sortedEvents.get(i), scale, y));
            items.sort(Comparator.comparingDouble(Node::getLayoutX));
            laneItems.add(items);
        }
        if (!nowAt.isBefore(scale.range().from()) && !nowAt.isAfter(scale.range().to())) {
            nowLine.setVisible(true);
            nowLine.resizeRelocate(Math.round(scale.x(nowAt)) - 1, lanesTop, 2, lanesBottom - lanesTop);
        }
    }

    /** Places the lane names and returns the name column's width: the longest name, within limits. */
    private double layoutNames(double left, double lanesTop) {
        List<Label> laneNames = new ArrayList<>();
        double widest = NAME_MIN;
        for (TimelineLane lane : lanes) {
            Label name = names.next();
            name.setText(lane.name());
            widest = Math.max(widest, name.prefWidth(-1));
            laneNames.add(name);
        }
        double nameWidth = Math.min(NAME_MAX, Math.ceil(widest));
        for (int i = 0; i < laneNames.size(); i++) {
            laneNames.get(i).resizeRelocate(left, lanesTop + i * LANE_HEIGHT, nameWidth, LANE_HEIGHT);
        }
        return nameWidth;
    }

    private void layoutTicks(Scale scale, double top, double lanesTop, double lanesBottom) {
        double lastRight = Double.NEGATIVE_INFINITY;
        for (TimeAxis.Tick tick : TimeAxis.ticks(scale.range().from(), scale.range().to(), scale.width(),
                MIN_TICK_SPACING, zone(), locale())) {
            double x = Math.round(scale.x(tick.at()));
            Region line = gridLines.next();
            line.resizeRelocate(x, lanesTop, 1, lanesBottom - lanesTop);
            Label label = ticks.next();
            label.setText(tick.label());
            double labelWidth = Math.ceil(label.prefWidth(-1));
            // Centred on its line, but never past either end of the plot or over the previous label.
            double labelX = Math.min(Math.max(x - labelWidth / 2, scale.left()), scale.right() - labelWidth);
            label.setVisible(labelX >= lastRight + 4);
            label.resizeRelocate(labelX, top, labelWidth, HEADER_HEIGHT);
            if (label.isVisible()) {
                lastRight = labelX + labelWidth;
            }
        }
    }

    private Label layoutSpan(TimelineSpan span, Scale scale, double laneY, Instant nowAt) {
        Label node = spans.next();
        ToneStyles.styleAs(node, span.tone());
        double x1 = scale.x(span.start());
        double x2 = Math.max(scale.x(span.endOr(nowAt)), x1 + MIN_SPAN_WIDTH);
        double barWidth = x2 - x1;
        node.resizeRelocate(x1, laneY + SPAN_TOP, barWidth, SPAN_HEIGHT);
        String duration = durationText(span.duration(nowAt));
        String full = span.label().isEmpty() ? duration : span.label() + SEPARATOR + duration;
        node.setText(barText(node, barWidth, full, span.label()));
        node.getTooltip().setText(span.label() + "\n" + dateTime(span.start()) + " – "
                + (span.isOpen() ? ongoingText.get() : dateTime(span.endOr(nowAt))) + "\n" + duration);
        return node;
    }

    /** The words that fit in a bar: label and duration, else the label (cut short if need be), else none. */
    private String barText(Label node, double barWidth, String full, String label) {
        Insets padding = node.getPadding();
        double room = barWidth - padding.getLeft() - padding.getRight();
        measure.setFont(node.getFont());
        measure.setText(full);
        if (measure.getLayoutBounds().getWidth() <= room) {
            return full;
        }
        return barWidth >= MIN_LABELLED_WIDTH ? label : "";
    }

    /** Places one marker per group of events too close together to tell apart, and returns the markers. */
    private List<Node> layoutEvents(List<TimelineEvent> laneEvents, Scale scale, double laneY) {
        List<Node> markers = new ArrayList<>();
        int start = 0;
        while (start < laneEvents.size()) {
            double firstX = scale.x(laneEvents.get(start).at());
            int end = start + 1;
            while (end < laneEvents.size() && scale.x(laneEvents.get(end).at()) - firstX < CLUSTER_PIXELS) {
                end++;
            }
            List<TimelineEvent> group = laneEvents.subList(start, end);
            double x = (firstX + scale.x(group.get(group.size() - 1).at())) / 2;
            markers.add(layoutMarker(group, x, laneY));
            start = end;
        }
        return markers;
    }

    private Label layoutMarker(List<TimelineEvent> group, double x, double laneY) {
        Label marker = events.next();
        boolean merged = group.size() > 1;
        double size = merged ? CLUSTER_SIZE : EVENT_SIZE;
        ToneStyles.styleAs(marker, mostSevere(group));
        if (merged != marker.getStyleClass().contains("timeline-event-cluster")) {
            if (merged) {
                marker.getStyleClass().add("timeline-event-cluster");
            } else {
                marker.getStyleClass().remove("timeline-event-cluster");
            }
        }
        marker.resizeRelocate(x - size / 2, laneY + EVENT_CENTER - size / 2, size, size);
        marker.getTooltip().setText(merged ? groupText(group) : eventText(group.get(0)));
        return marker;
    }

    private static Tone mostSevere(List<TimelineEvent> group) {
        return group.stream().map(TimelineEvent::tone).min(Comparator.comparingInt(SEVERITY::indexOf))
                .orElse(Tone.NEUTRAL);
    }

    private String eventText(TimelineEvent event) {
        StringBuilder text = new StringBuilder(event.label()).append('\n').append(dateTime(event.at()));
        if (event.detail() != null && !event.detail().isBlank()) {
            text.append('\n').append(event.detail());
        }
        return text.toString();
    }

    private String groupText(List<TimelineEvent> group) {
        StringBuilder text = new StringBuilder();
        for (TimelineEvent event : group.subList(0, Math.min(EVENTS_IN_TOOLTIP, group.size()))) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(dateTime(event.at())).append(SEPARATOR).append(event.label());
        }
        if (group.size() > EVENTS_IN_TOOLTIP) {
            String more = Objects.requireNonNullElse(moreEventsText.get(), "+{0}");
            text.append('\n').append(more.replace("{0}", Integer.toString(group.size() - EVENTS_IN_TOOLTIP)));
        }
        return text.toString();
    }

    /**
     * What the axis shows: every span and event, open spans up to now, with a little room at both ends. A single
     * moment gets an hour around it, and lanes with nothing in them the week up to now, so there is always an axis.
     */
    private Range range() {
        Instant nowAt = now();
        Instant first = null;
        Instant last = null;
        for (TimelineLane lane : lanes) {
            for (TimelineSpan span : lane.spans()) {
                first = earlier(first, span.start());
                last = later(last, span.endOr(nowAt));
            }
            for (TimelineEvent event : lane.events()) {
                first = earlier(first, event.at());
                last = later(last, event.at());
            }
        }
        if (first == null) {
            return new Range(nowAt.minus(EMPTY_RANGE), nowAt);
        }
        Duration length = Duration.between(first, last);
        if (length.compareTo(MIN_RANGE) < 0) {
            Duration grow = MIN_RANGE.minus(length).dividedBy(2);
            first = first.minus(grow);
            last = last.plus(grow);
            length = MIN_RANGE;
        }
        Duration pad = Duration.ofMillis((long) (length.toMillis() * RANGE_PADDING));
        return new Range(first.minus(pad), last.plus(pad));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private String durationText(Duration duration) {
        Function<Duration, String> formatter = durationFormatter.get();
        return formatter == null ? compactDuration(duration) : Objects.requireNonNullElse(
                formatter.apply(duration), "");
    }

    private String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(at);
    }

    private Instant now() {
        return Objects.requireNonNullElseGet(now.get(), Instant::now);
    }

    private ZoneId zone() {
        return Objects.requireNonNullElseGet(zone.get(), ZoneId::systemDefault);
    }

    private Locale locale() {
        return Objects.requireNonNullElseGet(locale.get(), Locale::getDefault);
    }

    private static Tooltip tooltipOf(Node node) {
        return node instanceof Control control ? control.getTooltip() : null;
    }

    // ---------------------------------------------------------------- keyboard

    private void onKey(KeyEvent event) {
        if (laneItems.isEmpty()) {
            return;
        }
        int lane = Math.max(0, keyLane);
        int item = keyItem;
        switch (event.getCode()) {
            case RIGHT -> item = keyItem + 1;
            case LEFT -> item = keyItem < 0 ? 0 : keyItem - 1;
            case DOWN -> lane = keyLane + 1;
            case UP -> lane = keyLane - 1;
            case HOME -> item = 0;
            case END -> item = Integer.MAX_VALUE;
            case ESCAPE -> {
                if (current == null) {
                    return;
                }
                lane = -1;
            }
            default -> {
                return;
            }
        }
        event.consume();
        if (lane < 0) {
            select(-1, -1);
            return;
        }
        lane = Math.min(lane, laneItems.size() - 1);
        select(lane, Math.max(0, item));
    }

    /** Marks bar or marker {@code item} of {@code lane} as the keyboard's and shows its tooltip; -1 clears. */
    private void select(int lane, int item) {
        Node previous = current;
        current = null;
        if (previous != null) {
            previous.pseudoClassStateChanged(CURRENT, false);
            Tooltip shown = tooltipOf(previous);
            if (shown != null) {
                shown.hide();
            }
        }
        keyLane = lane;
        keyItem = item;
        setAccessibleText(null);
        if (lane < 0 || lane >= laneItems.size() || laneItems.get(lane).isEmpty()) {
            return;
        }
        List<Node> items = laneItems.get(lane);
        keyItem = Math.min(item, items.size() - 1);
        current = items.get(keyItem);
        current.pseudoClassStateChanged(CURRENT, true);
        Tooltip tooltip = tooltipOf(current);
        if (tooltip != null) {
            setAccessibleText(tooltip.getText());
            Bounds bounds = current.localToScreen(current.getBoundsInLocal());
            if (bounds != null && getScene() != null && getScene().getWindow() != null) {
                tooltip.show(current, bounds.getMinX(), bounds.getMaxY() + 4);
            }
        }
    }

    /** After a pass the nodes may have moved or been replaced; the keyboard's pick follows its position. */
    private void restoreSelection() {
        if (current != null) {
            current.pseudoClassStateChanged(CURRENT, false);
            current = null;
        }
        if (keyLane >= 0 && keyLane < laneItems.size() && keyItem >= 0 && keyItem < laneItems.get(keyLane).size()) {
            current = laneItems.get(keyLane).get(keyItem);
            current.pseudoClassStateChanged(CURRENT, true);
        }
    }

    // ---------------------------------------------------------------- properties

    /** The lanes, top to bottom. */
    public ObservableList<TimelineLane> getLanes() {
        return lanes;
    }

    /** Where open spans end; set it again to move them on. Defaults to when the timeline was made. */
    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    public Instant getNow() {
        return now.get();
    }

    public void setNow(Instant value) {
        now.set(value);
    }

    /** The words for a span's length, e.g. a translation of {@link #compactDuration(Duration)}. */
    public ObjectProperty<Function<Duration, String>> durationFormatterProperty() {
        return durationFormatter;
    }

    public void setDurationFormatter(Function<Duration, String> value) {
        durationFormatter.set(value);
    }

    /** The zone dates and the axis are shown in. */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public void setZone(ZoneId value) {
        zone.set(value);
    }

    /** The locale of axis labels and tooltip dates. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** Shown instead of the axis when there are no lanes. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Ends an open span's tooltip dates, as in "3 Oct 2024, 14:00 – now". */
    public StringProperty ongoingTextProperty() {
        return ongoingText;
    }

    /** The last line of a merged marker's tooltip when it lists only some events; {0} is how many are left out. */
    public StringProperty moreEventsTextProperty() {
        return moreEventsText;
    }
}
