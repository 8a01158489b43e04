package io.accountsdesk.app.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** Keeps overlay cards off the window's edges and clear of the status bar. */
final class StackPaneMargins {

    private StackPaneMargins() {
    }

    static void bottomRight(Node node) {
        StackPane.setMargin(node, new Insets(0, 16, 40, 0));
    }
}
