package io.accountsdesk.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The children of one layer of a hand-laid-out control, reused from one layout pass to the next: a pass takes as
 * many as it needs, new ones are made only when it needs more than last time, and the rest are dropped at the end.
 */
final class NodePool<N extends Node> {

    private final Pane layer;
    private final Supplier<N> factory;
    private int used;

    NodePool(Pane layer, Supplier<N> factory) {
        this.layer = layer;
        this.factory = factory;
    }

    /** Starts a layout pass. */
    void reset() {
        used = 0;
    }

    /** The next node of this pass; a new one has its CSS applied, so it can be measured right away. */
    @SuppressWarnings("unchecked")
    N next() {
        List<Node> children = layer.getChildren();
        N node;
        if (used < children.size()) {
            node = (N) children.get(used);
        } else {
            node = factory.get();
            children.add(node);
            node.applyCss();
        }
        used++;
        return node;
    }

    /** Ends a layout pass, dropping what it did not use. */
    void trim() {
        ObservableList<Node> children = layer.getChildren();
        if (used < children.size()) {
            children.remove(used, children.size());
        }
    }

    int size() {
        return used;
    }
}
