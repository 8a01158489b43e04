package io.accountsdesk.ui;

import java.util.Objects;

/**
 * One free-form badge in a row of them, e.g. a payment connection and how it stands.
 *
 * @param text    the words on the badge
 * @param tone    its colour family; null is neutral
 * @param tooltip more detail on hover, or null for none
 */
public record Badge(String text, Tone tone, String tooltip) {

    public Badge {
        text = Objects.requireNonNullElse(text, "");
        tone = Objects.requireNonNullElse(tone, Tone.NEUTRAL);
    }

    public Badge(String text, Tone tone) {
        this(text, tone, null);
    }
}
