package io.accountsdesk.ui;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link Timeline}: its name on the left, its spans as bars and its events as markers.
 *
 * @param name   shown in the name column
 * @param spans  time-in-state bars; copied, never null
 * @param events moments; copied, never null
 */
public record TimelineLane(String name, List<TimelineSpan> spans, List<TimelineEvent> events) {

    public TimelineLane {
        name = Objects.requireNonNullElse(name, "");
        spans = spans == null ? List.of() : List.copyOf(spans);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
