package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.TaskHandle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every running task, each with what it is doing, how far it got and a button that cancels it. */
final class TaskListView extends VBox {

    TaskListView(ObservableList<TaskHandle> tasks, Messages messages) {
        getStyleClass().addAll("task-list", Styles.ELEVATED_2);
        setId("task-list");
        Label title = new Label(messages.get("tasks.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<TaskHandle> list = new ListView<>(tasks);
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(200);
        list.setPrefWidth(380);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new TaskCell(messages));
        getChildren().addAll(title, list);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /**
     * A task list of its own with one cell showing {@code title}, never shown: warming it up while the user is idle
     * makes the list's skin and a cell's controls once, so the real list does not make them mid-search.
     */
    static TaskListView sample(Messages messages, String title) {
        TaskListView sample = new TaskListView(FXCollections.observableArrayList(), messages);
        sample.setId(null);
        TaskCell cell = new TaskCell(messages);
        cell.title.setText(title);
        cell.setGraphic(cell.layout);
        sample.getChildren().add(cell);
        return sample;
    }

    private static final class TaskCell extends ListCell<TaskHandle> {
        private final Label title = new Label();
        private final Label message = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Button cancel = new Button(null, new FontIcon(Feather.X_CIRCLE));
        private final HBox layout;

        TaskCell(Messages messages) {
            title.getStyleClass().add(Styles.TEXT_BOLD);
            message.getStyleClass().add("muted");
            progress.setMaxWidth(Double.MAX_VALUE);
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER, "cancel-task");
            cancel.setTooltip(new Tooltip(messages.get("tasks.cancel")));
            VBox text = new VBox(3, title, message, progress);
            HBox.setHgrow(text, Priority.ALWAYS);
            Region gap = new Region();
            layout = new HBox(8, text, gap, cancel);
            layout.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TaskHandle task, boolean empty) {
            super.updateItem(task, empty);
            message.textProperty().unbind();
            progress.progressProperty().unbind();
            if (empty || task == null) {
                setGraphic(null);
                return;
            }
            title.setText(task.title());
            layout.setUserData(task.title());
            message.textProperty().bind(task.messageProperty());
            progress.progressProperty().bind(task.progressProperty());
            cancel.setOnAction(event -> task.cancel());
            setGraphic(layout);
        }
    }
}
