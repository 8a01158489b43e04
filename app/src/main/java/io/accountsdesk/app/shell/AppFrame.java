package io.accountsdesk.app.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.DialogService.NoticeKind;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskHandle;
import io.accountsdesk.app.core.tasks.TaskState;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's root: the sign-in screen or a session's shell underneath, and above it the layer where notices,
 * progress cards, the command palette and the task list appear. Overlays live in the window itself, so they need
 * no window manager and never steal focus from another application.
 */
public final class AppFrame extends StackPane implements Overlays {

    /** Long enough to read two lines, short enough not to pile up. */
    static final Duration NOTICE_TIME = Duration.seconds(6);

    private final Messages messages;
    private final StackPane content = new StackPane();
    /**
     * Notices stand at the bottom centre, above the status bar, where no screen keeps its buttons (those are on the
     * right), so a notice never hides the next thing to press.
     */
    private final VBox notices = new VBox(8);
    /** The bottom-right corner, by the status bar's task button: the task list. */
    private final VBox corner = new VBox(8);
    private final StackPane overlay = new StackPane();
    /**
     * Never drawn and never picked: nodes are put here for a moment, at the window's size, so their skins, styles and
     * cells are made while the user is idle ({@link #warm}).
     */
    private final StackPane warming = new StackPane();

    public AppFrame(Messages messages) {
        this.messages = messages;
        getStyleClass().add("app-frame");
        notices.getStyleClass().add("notice-board");
        notices.setAlignment(Pos.BOTTOM_CENTER);
        notices.setPickOnBounds(false);
        notices.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        notices.setPadding(new Insets(0, 0, 48, 0));
        StackPane.setAlignment(notices, Pos.BOTTOM_CENTER);
        corner.setAlignment(Pos.BOTTOM_RIGHT);
        corner.setPickOnBounds(false);
        corner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Clear of the status bar, where the task button is.
        corner.setPadding(new Insets(0, 16, 40, 0));
        StackPane.setAlignment(corner, Pos.BOTTOM_RIGHT);
        overlay.setPickOnBounds(false);
        warming.setVisible(false);
        warming.setMouseTransparent(true);
        // Unmanaged: what warms never changes the window's own sizes; it is sized to the window when laid out.
        warming.setManaged(false);
        getChildren().addAll(warming, content, overlay, corner, notices);
    }

    /**
     * Puts {@code node} in the window unseen and styles it now, so its controls make their skins; {@link #layOutWarm}
     * then lays it out (its cells are made), and {@link #cool} takes it away again.
     */
    void warm(Node node) {
        warming.getChildren().add(node);
        node.applyCss();
    }

    void layOutWarm() {
        warming.resizeRelocate(0, 0, getWidth(), getHeight());
        warming.layout();
    }

    void cool(Node node) {
        warming.getChildren().remove(node);
    }

    void coolAll() {
        warming.getChildren().clear();
    }

    /** Replaces what the window shows underneath the overlays. */
    public void setContent(Node node) {
        content.getChildren().setAll(node);
    }

    /** Puts {@code node} above the content at {@code position} until {@link #hide(Node)}. */
    public void show(Node node, Pos position) {
        if (!overlay.getChildren().contains(node)) {
            StackPane.setAlignment(node, position);
            overlay.getChildren().add(node);
        }
    }

    public void hide(Node node) {
        overlay.getChildren().remove(node);
        Runnable dismiss = dismissals.remove(node);
        if (dismiss != null) {
            removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, outsideClicks);
            if (!dismissals.isEmpty()) {
                addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, outsideClicks);
            }
        }
    }

    /**
     * Like {@link #show}, for a card that goes away when the user clicks anywhere outside it (the palette, the
     * shortcuts help): {@code dismiss} is called then.
     */
    public void showDismissable(Node node, Pos position, Runnable dismiss) {
        show(node, position);
        dismissals.put(node, dismiss);
        removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, outsideClicks);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, outsideClicks);
    }

    private final java.util.Map<Node, Runnable> dismissals = new java.util.LinkedHashMap<>();
    private final javafx.event.EventHandler<javafx.scene.input.MouseEvent> outsideClicks = event -> {
        for (var entry : java.util.List.copyOf(dismissals.entrySet())) {
            if (!inside(entry.getKey(), event.getPickResult().getIntersectedNode())) {
                entry.getValue().run();
            }
        }
    };

    private static boolean inside(Node card, Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (n == card) {
                return true;
            }
        }
        return false;
    }

    public boolean isShowing(Node node) {
        return overlay.getChildren().contains(node) || corner.getChildren().contains(node);
    }

    /** Puts {@code node} in the bottom-right corner (the task list goes there). */
    public void showInCorner(Node node) {
        if (!corner.getChildren().contains(node)) {
            corner.getChildren().add(node);
        }
    }

    public void hideFromCorner(Node node) {
        corner.getChildren().remove(node);
    }

    @Override
    public void notice(NoticeKind kind, String message) {
        show(made(kind, message));
    }

    @Override
    public void notice(NoticeKind kind, String message, String actionLabel, Runnable action) {
        Notification notice = made(kind, message);
        Button act = new Button(actionLabel);
        act.getStyleClass().addAll(Styles.SMALL, "notice-action");
        act.setOnAction(event -> {
            notices.getChildren().remove(notice);
            action.run();
        });
        notice.setPrimaryActions(act);
        show(notice);
    }

    private Notification made(NoticeKind kind, String message) {
        Notification notice = new Notification(message, new FontIcon(switch (kind) {
            case INFO -> Feather.INFO;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.ALERT_OCTAGON;
        }));
        notice.getStyleClass().addAll("notice", Styles.ELEVATED_1, switch (kind) {
            case INFO -> Styles.ACCENT;
            case SUCCESS -> Styles.SUCCESS;
            case WARNING -> Styles.WARNING;
            case ERROR -> Styles.DANGER;
        });
        notice.setPrefWidth(380);
        notice.setMaxWidth(380);
        notice.setOnClose(event -> notices.getChildren().remove(notice));
        return notice;
    }

    private void show(Notification notice) {
        notices.getChildren().add(notice);
        PauseTransition timer = new PauseTransition(NOTICE_TIME);
        timer.setOnFinished(event -> notices.getChildren().remove(notice));
        timer.play();
    }

    /** The notices on show now, newest last. */
    public java.util.List<Node> notices() {
        return java.util.List.copyOf(notices.getChildren());
    }

    @Override
    public void progress(TaskHandle task) {
        if (task.isDone()) {
            return;
        }
        Label title = new Label(task.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.getStyleClass().add("muted");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> task.cancel());
        VBox card = new VBox(10, title, message, bar, cancel);
        card.getStyleClass().addAll("progress-card", Styles.ELEVATED_2);
        card.setMaxSize(420, Region.USE_PREF_SIZE);
        card.setPrefWidth(420);
        // The backdrop catches the clicks: the work under way must not be changed under its feet.
        StackPane backdrop = new StackPane(card);
        backdrop.setId("progress-overlay");
        backdrop.getStyleClass().add("modal-backdrop");
        show(backdrop, Pos.CENTER);
        cancel.requestFocus();
        task.stateProperty().addListener((obs, old, state) -> {
            if (state != TaskState.RUNNING) {
                hide(backdrop);
            }
        });
    }
}
