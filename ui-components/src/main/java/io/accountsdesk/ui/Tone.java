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

    /**
     * Gives {@code node} this tone's class in place of any other tone class. Leaves the classes alone when they are
     * already right, so nodes restyled on every layout pass do not make CSS run again.
     */
    public static void styleAs(Node node, Tone tone) {
        String wanted = (tone == null ? NEUTRAL : tone).styleClass();
        boolean others = node.getStyleClass().stream().anyMatch(c -> c.startsWith("tone-") && !c.equals(wanted));
        if (others) {
            node.getStyleClass().removeIf(c -> c.startsWith("tone-") && !c.equals(wanted));
        }
        if (!node.getStyleClass().contains(wanted)) {
            node.getStyleClass().add(wanted);
        }
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
