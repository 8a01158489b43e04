package io.accountsdesk.app.shell;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.Activity;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Who is signed in where, the last failure, and every task running now; the task button opens the task list. */
final class StatusBar extends HBox {

    StatusBar(ShellViewModel model, Activity activity, Runnable toggleTasks, Messages messages) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label signedIn = new Label();
        signedIn.setId("signed-in");
        signedIn.textProperty().bind(model.signedInAsProperty());
        signedIn.setGraphic(new FontIcon(Feather.USER));

        Label failure = new Label();
        failure.setId("last-failure");
        failure.getStyleClass().add("status-error");
        failure.textProperty().bind(activity.lastFailureProperty());
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        failure.setTooltip(new Tooltip());
        failure.getTooltip().textProperty().bind(failure.textProperty());
        failure.setMaxWidth(600);

        ProgressIndicator working = new ProgressIndicator();
        working.setId("activity-indicator");
        working.setMaxSize(14, 14);
        working.visibleProperty().bind(Bindings.greaterThan(activity.runningCount(), 0));
        Label current = new Label();
        current.setId("activity-current");
        current.textProperty().bind(activity.currentProperty());
        current.visibleProperty().bind(working.visibleProperty());

        Button tasks = new Button();
        tasks.setId("tasks-button");
        tasks.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        tasks.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("tasks.count", activity.runningCount().get()), activity.runningCount()));
        tasks.visibleProperty().bind(Bindings.greaterThan(activity.runningCount(), 0));
        tasks.managedProperty().bind(tasks.visibleProperty());
        tasks.setTooltip(new Tooltip(messages.get("tasks.show")));
        tasks.setOnAction(event -> toggleTasks.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(signedIn, spacer, failure, working, current, tasks);
    }

    /** A link beside who is signed in (to the person's own account). */
    void linkTo(String text, Runnable open) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(text);
        link.setId("status-my-account");
        link.setOnAction(event -> open.run());
        getChildren().add(1, link);
    }
}
