package io.accountsdesk.app.access.team;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.users.UserActivity;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected person's activity log: filters by action and day, the page on show, and the pager. */
final class ActivityPane extends VBox {

    ActivityPane(TeamViewModel model, Messages messages) {
        ActivityLog log = model.activity();
        setSpacing(8);
        setId("team-activity");
        Label title = new Label(messages.get("team.activity.title"));
        title.getStyleClass().add(Styles.TITLE_4);

        ComboBox<String> action = new ComboBox<>();
        action.setId("team-activity-action");
        action.setPromptText(messages.get("team.activity.allActions"));
        Runnable fillActions = () -> {
            String keep = log.actionProperty().get();
            action.getItems().setAll("");
            action.getItems().addAll(log.actions());
            action.setValue(keep);
        };
        log.actions().addListener((javafx.collections.ListChangeListener<String>) change -> fillActions.run());
        fillActions.run();
        action.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.get("team.activity.allActions") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        action.valueProperty().addListener((obs, old, now) -> log.actionProperty().set(now == null ? "" : now));
        DatePicker from = new DatePicker();
        from.setId("team-activity-from");
        from.setPromptText(messages.get("team.activity.from"));
        from.valueProperty().bindBidirectional(log.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("team-activity-to");
        to.setPromptText(messages.get("team.activity.to"));
        to.valueProperty().bindBidirectional(log.toProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        HBox filters = new HBox(8, action, from, to);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<UserActivity> table = new TableView<>(log.page());
        table.setId("team-activity-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.date(messages.get("team.activity.when"), UserActivity::createdAt,
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())),
                Columns.text(messages.get("team.activity.action"), UserActivity::action),
                Columns.text(messages.get("team.activity.ip"), a -> a.context() == null ? "" : a.context().ip()),
                Columns.text(messages.get("team.activity.agent"),
                        a -> a.context() == null ? "" : a.context().userAgent())));
        table.setPrefHeight(300);
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.activityStateProperty());
        state.loadingTextProperty().set(messages.get("team.activity.loading"));
        state.emptyTitleProperty().set(messages.get("team.activity.empty.title"));
        state.emptyTextProperty().set(messages.get("team.activity.empty.text"));
        state.errorTitleProperty().set(messages.get("team.activity.error"));
        state.errorTextProperty().bind(model.errorProperty());
        state.setMinHeight(220);
        Label noMatch = new Label(messages.get("team.activity.noMatch"));
        noMatch.getStyleClass().add("muted");
        table.setPlaceholder(noMatch);

        Button previous = new Button(null, new FontIcon(Feather.CHEVRON_LEFT));
        previous.setId("team-activity-previous");
        previous.setAccessibleText(messages.get("team.activity.previous"));
        previous.setOnAction(event -> log.previousPage());
        previous.disableProperty().bind(log.pageIndexProperty().isEqualTo(0));
        Button next = new Button(null, new FontIcon(Feather.CHEVRON_RIGHT));
        next.setId("team-activity-next");
        next.setAccessibleText(messages.get("team.activity.next"));
        next.setOnAction(event -> log.nextPage());
        next.disableProperty().bind(log.pageIndexProperty().greaterThanOrEqualTo(
                log.pageCountProperty().subtract(1)));
        Label page = new Label();
        page.setId("team-activity-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> messages.format("team.activity.page",
                        log.pageIndexProperty().get() + 1, log.pageCountProperty().get(),
                        log.matchCountProperty().get()),
                log.pageIndexProperty(), log.pageCountProperty(), log.matchCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pager = new HBox(8, page, spacer, previous, next);
        pager.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, filters, state, pager);
    }
}
