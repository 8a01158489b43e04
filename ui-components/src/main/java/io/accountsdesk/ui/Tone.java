package io.accountsdesk.ui;

import java.util.Locale;

/**
 * The colour family of a badge or banner. Each maps to an AtlantaFX colour set that works in light and dark. A plain
 * value: view models may hold one; putting it on a node is {@link ToneStyles}' work.
 */
public enum Tone {
    SUCCESS, WARNING, DANGER, ACCENT, NEUTRAL;

    /** The style class that selects this tone, e.g. {@code tone-success}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
