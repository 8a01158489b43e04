package io.accountsdesk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Puts a {@link Tone} on a node as its style class, so the theme's tone colours apply. */
public final class ToneStyles {

    private ToneStyles() {
    }

    /**
     * Gives {@code node} this tone's class in place of any other tone class. Leaves the classes alone when they are
     * already right, so nodes restyled on every layout pass do not make CSS run again.
     */
    public static void styleAs(Node node, Tone tone) {
        String wanted = (tone == null ? Tone.NEUTRAL : tone).styleClass();
        boolean others = node.getStyleClass().stream().anyMatch(c -> c.startsWith("tone-") && !c.equals(wanted));
        if (others) {
            node.getStyleClass().removeIf(c -> c.startsWith("tone-") && !c.equals(wanted));
        }
        if (!node.getStyleClass().contains(wanted)) {
            node.getStyleClass().add(wanted);
        }
    }

    /** Keeps exactly one tone pseudo-class ({@link Tone#pseudoClass()}) on {@code node}: the one {@code tone} holds now. */
    public static void followAsState(Node node, ObservableValue<Tone> tone) {
        tone.addListener((obs, old, value) -> {
            if (old != null) {
                node.pseudoClassStateChanged(old.pseudoClass(), false);
            }
            if (value != null) {
                node.pseudoClassStateChanged(value.pseudoClass(), true);
            }
        });
        if (tone.getValue() != null) {
            node.pseudoClassStateChanged(tone.getValue().pseudoClass(), true);
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
