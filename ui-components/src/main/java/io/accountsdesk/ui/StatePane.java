package io.accountsdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Wraps a content node and shows, instead of it, a distinct panel while loading, when there is nothing to show, and
 * when loading failed (with a retry button). The three never look alike, so an empty list is never mistaken for a
 * list that is still loading or that failed.
 */
public class StatePane extends StackPane {

    private final ObjectProperty<ContentState> state = new SimpleObjectProperty<>(this, "state", ContentState.READY);
    private final StringProperty loadingText = new SimpleStringProperty(this, "loadingText", "Loading…");
    private final StringProperty emptyTitle = new SimpleStringProperty(this, "emptyTitle", "Nothing here");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "");
    private final StringProperty errorTitle = new SimpleStringProperty(this, "errorTitle", "Something went wrong");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final StringProperty retryText = new SimpleStringProperty(this, "retryText", "Try again");
    private final ObjectProperty<Runnable> onRetry = new SimpleObjectProperty<>(this, "onRetry");

    private final Node content;
    private final VBox loadingPanel;
    private final VBox emptyPanel;
    private final VBox errorPanel;

    public StatePane(Node content) {
        this.content = content;
        getStyleClass().add("state-pane");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label loadingLabel = new Label();
        loadingLabel.textProperty().bind(loadingText);
        loadingPanel = panel("state-loading", spinner, loadingLabel);

        Label emptyHeading = heading(emptyTitle);
        Label emptyBody = body(emptyText);
        emptyPanel = panel("state-empty", icon(Feather.INBOX), emptyHeading, emptyBody);

        Label errorHeading = heading(errorTitle);
        Label errorBody = body(errorText);
        Button retry = new Button();
        retry.textProperty().bind(retryText);
        retry.getStyleClass().add("state-retry");
        retry.setOnAction(event -> {
            Runnable action = onRetry.get();
            if (action != null) {
                action.run();
            }
        });
        retry.visibleProperty().bind(onRetry.isNotNull());
        retry.managedProperty().bind(retry.visibleProperty());
        errorPanel = panel("state-error", icon(Feather.ALERT_TRIANGLE), errorHeading, errorBody, retry);

        getChildren().addAll(content, loadingPanel, emptyPanel, errorPanel);
        state.addListener((obs, old, value) -> show(value));
        show(state.get());
    }

    private void show(ContentState value) {
        ContentState shown = value == null ? ContentState.READY : value;
        content.setVisible(shown == ContentState.READY);
        loadingPanel.setVisible(shown == ContentState.LOADING);
        emptyPanel.setVisible(shown == ContentState.EMPTY);
        errorPanel.setVisible(shown == ContentState.ERROR);
    }

    private static VBox panel(String styleClass, Node... children) {
        VBox panel = new VBox(10, children);
        panel.setAlignment(Pos.CENTER);
        panel.getStyleClass().addAll("state-panel", styleClass);
        panel.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        panel.setVisible(false);
        return panel;
    }

    private static Label heading(StringProperty text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("state-title");
        return label;
    }

    private static Label body(StringProperty text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("state-text");
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static FontIcon icon(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("state-icon");
        return icon;
    }

    public Node getContent() {
        return content;
    }

    public ObjectProperty<ContentState> stateProperty() {
        return state;
    }

    public ContentState getState() {
        return state.get();
    }

    public void setState(ContentState value) {
        state.set(value);
    }

    public StringProperty loadingTextProperty() {
        return loadingText;
    }

    public StringProperty emptyTitleProperty() {
        return emptyTitle;
    }

    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    public StringProperty errorTitleProperty() {
        return errorTitle;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public StringProperty retryTextProperty() {
        return retryText;
    }

    public ObjectProperty<Runnable> onRetryProperty() {
        return onRetry;
    }

    public void setOnRetry(Runnable value) {
        onRetry.set(value);
    }
}
