package io.accountsdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the keyboard's place in sight: a {@link ScrollPane} does not scroll to the control that takes the focus, so a
 * long form tabbed through (or a field a mnemonic jumps to) is typed into below the fold, unseen. Once followed, the
 * pane scrolls just enough to show the focused control with a little room around it, and not at all when it shows
 * already.
 */
public final class FocusInView {

    private static final String KEY = FocusInView.class.getName();
    /** Room kept between the focused control and the pane's edge, so its label and message show too. */
    private static final double MARGIN = 24;

    private FocusInView() {
    }

    /** Makes {@code scroll} follow the focus within its content; returns it, for building views in one expression. */
    public static ScrollPane follow(ScrollPane scroll) {
        // Held by the pane and listened to weakly: the scene outlives the many forms that come and go in it.
        ChangeListener<Node> onFocus = (obs, was, now) -> reveal(scroll, now);
        scroll.getProperties().put(KEY, onFocus);
        ChangeListener<Node> weak = new WeakChangeListener<>(onFocus);
        ChangeListener<Scene> onScene = (obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(weak);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(weak);
            }
        };
        scroll.getProperties().put(KEY + ".scene", onScene);
        scroll.sceneProperty().addListener(new WeakChangeListener<>(onScene));
        if (scroll.getScene() != null) {
            scroll.getScene().focusOwnerProperty().addListener(weak);
        }
        return scroll;
    }

    /** Scrolls {@code scroll} so that {@code focused}, when it lies in its content, shows. */
    static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !within(focused, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = contentHeight - viewport;
        if (hidden <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double range = scroll.getVmax() - scroll.getVmin();
        double top = hidden * (scroll.getVvalue() - scroll.getVmin()) / range;
        double wanted = top;
        if (at.getMinY() - MARGIN < top) {
            wanted = at.getMinY() - MARGIN;
        } else if (at.getMaxY() + MARGIN > top + viewport) {
            wanted = Math.min(at.getMaxY() + MARGIN - viewport, at.getMinY() - MARGIN);
        }
        wanted = Math.max(0, Math.min(hidden, wanted));
        if (wanted != top) {
            scroll.setVvalue(scroll.getVmin() + range * wanted / hidden);
        }
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
