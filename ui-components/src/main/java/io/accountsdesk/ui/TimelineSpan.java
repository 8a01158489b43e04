package io.accountsdesk.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time something spent in one state, e.g. "In review" from an application until its approval.
 *
 * @param start when it began
 * @param end   when it ended, or null while it still lasts (it then runs to the timeline's "now")
 * @param label the state's name as shown
 * @param tone  its colour family; null is neutral
 */
public record TimelineSpan(Instant start, Instant end, String label, Tone tone) {

    public TimelineSpan {
        Objects.requireNonNull(start, "start");
        label = Objects.requireNonNullElse(label, "");
        tone = Objects.requireNonNullElse(tone, Tone.NEUTRAL);
    }

    public boolean isOpen() {
        return end == null;
    }

    /**
     * Where the span stops on the axis: its end, or {@code now} while open. Never before the start, so bad data
     * (an end before the start, a clock behind an open span) draws as a sliver instead of a bar running backwards.
     */
    public Instant endOr(Instant now) {
        Instant stop = end != null ? end : now;
        return stop == null || stop.isBefore(start) ? start : stop;
    }

    /** How long it lasted, or has lasted up to {@code now}; never negative. */
    public Duration duration(Instant now) {
        return Duration.between(start, endOr(now));
    }
}
