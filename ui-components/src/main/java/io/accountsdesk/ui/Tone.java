package io.accountsdesk.ui;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** The colour family of a badge or banner. Each maps to an AtlantaFX colour set that works in light and dark. */
public enum Tone {
    SUCCESS, WARNING, DANGER, ACCENT, NEUTRAL;

    /** The style class that selects this tone, e.g. {@code tone-success}. */
    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }

    /** Keeps exactly one tone class on {@code node}: the one {@code tone} holds now. */
    public static void follow(Node node, ObservableValue<Tone> tone) {
        tone.addListener((obs, old, value) -> {
            if (old != null) {
                node.getStyleClass().remove(old.styleClass());
            }
            if (value != null) {
                node.getStyleClass().add(value.styleClass());
            }
        });
        if (tone.getValue() != null) {
            node.getStyleClass().add(tone.getValue().styleClass());
        }
    }
}
