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

    StatusBar(ShellViewModel model, Activity activity, Runnable toggleTasks, Runnable switchAccount,
              Messages messages) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label signedIn = new Label();
        signedIn.setId("signed-in");
        signedIn.textProperty().bind(model.signedInAsProperty());
        signedIn.setGraphic(new FontIcon(Feather.USER));

        Label detail = new Label();
        detail.setId("session-detail");
        detail.getStyleClass().add("muted");
        detail.textProperty().bind(model.sessionDetailProperty());
        detail.setGraphic(new FontIcon(Feather.CLOCK));
        Button switcher = new Button(null, new FontIcon(Feather.REPEAT));
        switcher.setId("switch-account");
        switcher.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.BUTTON_ICON);
        switcher.setTooltip(new Tooltip(messages.get("switcher.title")));
        switcher.setAccessibleText(messages.get("switcher.title"));
        switcher.visibleProperty().bind(model.personSessionProperty());
        switcher.managedProperty().bind(switcher.visibleProperty());
        switcher.setOnAction(event -> switchAccount.run());
        HBox who = new HBox(6, signedIn, switcher, detail);
        who.setAlignment(Pos.CENTER_LEFT);

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
        getChildren().addAll(who, spacer, failure, working, current, tasks);
    }
}
