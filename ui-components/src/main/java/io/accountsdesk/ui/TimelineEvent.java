package io.accountsdesk.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * One moment on a timeline, e.g. "Contract signed".
 *
 * @param at     when it happened
 * @param label  what happened, as shown
 * @param detail more words for the tooltip, or null
 * @param tone   its colour family; null is neutral
 */
public record TimelineEvent(Instant at, String label, String detail, Tone tone) {

    public TimelineEvent {
        Objects.requireNonNull(at, "at");
        label = Objects.requireNonNullElse(label, "");
        tone = Objects.requireNonNullElse(tone, Tone.NEUTRAL);
    }
}
