package io.accountsdesk.ui;

import java.util.Locale;

/**
 * The colour family of a badge or banner. Each maps to an AtlantaFX colour set that works in light and dark. A plain
 * value: view models may hold one; putting it on a node is {@link ToneStyles}' work.
 */
public enum Tone {
    SUCCESS, WARNING, DANGER, ACCENT, NEUTRAL;

    /**
     * The pseudo-class that selects this tone on a {@link StatusBadge}, e.g. {@code :tone-success}: badges in table
     * cells change tone as rows scroll, and a pseudo-class change only re-applies the styles already matched, where a
     * style class change matches every selector again.
     */
    public javafx.css.PseudoClass pseudoClass() {
        return javafx.css.PseudoClass.getPseudoClass(styleClass());
    }

    /** The style class that selects this tone, e.g. {@code tone-success}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
