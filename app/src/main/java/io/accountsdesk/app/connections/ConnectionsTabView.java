package io.accountsdesk.app.connections;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.Timeline;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The account's connections tab: who the calls act on, the timeline, where each connection stands, what can be
 * done with the selected one, and the open form beside them.
 */
final class ConnectionsTabView extends VBox {

    private static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");

    private final ConnectionsTabViewModel model;
    private final Messages messages;
    private final TableView<ConnectionsTabViewModel.ConnectionRow> table = new TableView<>();
    private final HBox rowActions = new HBox(8);

    ConnectionsTabView(ConnectionsTabViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("account-connections");
        getStyleClass().add("tab-body");
        setSpacing(10);
        VBox main = new VBox(10, timeline(), standings(), rowActions);
        main.setMinWidth(420);
        Label failures = new Label();
        failures.setId("connections-message");
        failures.getStyleClass().add(Styles.DANGER);
        failures.setWrapText(true);
        failures.textProperty().bind(model.messageProperty());
        failures.managedProperty().bind(failures.textProperty().isNotEmpty());
        FormBeside split = new FormBeside(main, table, model.formProperty(), model::closeForm, messages, 0.58);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(), failures, split);
        wire();
    }

    private HBox toolbar() {
        Label acting = new Label();
        acting.setId("connections-acting-on");
        acting.setGraphic(new FontIcon(Feather.KEY));
        acting.textProperty().bind(model.actingOnProperty());
        Label readAt = new Label();
        readAt.getStyleClass().add("muted");
        readAt.textProperty().bind(model.readAtProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(messages.get("connections.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("connections-refresh");
        refresh.setOnAction(event -> model.refresh());
        MenuButton signup = menu("connections-signup", messages.get("connections.signupMenu"), Feather.PLUS,
                model.signups());
        signup.getStyleClass().add(Styles.ACCENT);
        MenuButton override = menu("connections-override", messages.get("connections.overrideMenu"), Feather.SLIDERS,
                model.overrides());
        for (var button : List.of(refresh, override, signup)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        acting.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, acting, readAt, spacer, refresh, override, signup);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private MenuButton menu(String id, String text, Feather icon, List<ConnectionOperation> operations) {
        MenuButton button = new MenuButton(text, new FontIcon(icon));
        button.setId(id);
        for (ConnectionOperation operation : operations) {
            MenuItem item = new MenuItem(model.operationLabel(operation));
            item.setId("op-" + operation.id().replace('.', '-'));
            item.setOnAction(event -> model.open(operation));
            button.getItems().add(item);
        }
        return button;
    }

    private Timeline timeline() {
        Timeline timeline = new Timeline();
        timeline.setId("connection-timeline");
        timeline.setLocale(messages.locale());
        timeline.setDurationFormatter(duration -> DurationText.of(duration, messages));
        timeline.emptyTextProperty().set(messages.get("connections.none"));
        timeline.ongoingTextProperty().set(messages.get("connections.ongoing"));
        timeline.moreEventsTextProperty().set(messages.get("connections.moreEvents"));
        timeline.nowProperty().bind(model.nowProperty());
        Bindings.bindContent(timeline.getLanes(), model.lanes());
        return timeline;
    }

    private TableView<ConnectionsTabViewModel.ConnectionRow> standings() {
        table.setId("connection-standings");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, "stuck-aware");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("connections.column.connection"), ConnectionsTabViewModel.ConnectionRow::provider),
                Columns.badge(messages.get("connections.column.status"), ConnectionsTabViewModel.ConnectionRow::status,
                        Vocabularies.statuses(messages)),
                Columns.text(messages.get("connections.column.since"), ConnectionsTabViewModel.ConnectionRow::sinceText),
                Columns.text(messages.get("connections.column.for"), row -> row.stuck()
                        ? messages.format("connections.stuckFor", row.durationText()) : row.durationText()),
                Columns.text(messages.get("connections.column.lastEvent"),
                        ConnectionsTabViewModel.ConnectionRow::lastEvent)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ConnectionsTabViewModel.ConnectionRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(STUCK, !empty && item != null && item.stuck());
            }
        });
        table.setPlaceholder(new Label(messages.get("connections.none")));
        table.setPrefHeight(180);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void wire() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showRowActions(row));
        showRowActions(null);
    }

    private void showRowActions(ConnectionsTabViewModel.ConnectionRow row) {
        rowActions.getChildren().clear();
        if (row == null) {
            Label hint = new Label(messages.get("connections.selectHint"));
            hint.getStyleClass().add("muted");
            rowActions.getChildren().add(hint);
            return;
        }
        for (ConnectionOperation operation : model.operationsFor(row)) {
            Button button = new Button(model.operationLabel(operation));
            button.setId("row-op-" + operation.id().replace('.', '-'));
            button.setOnAction(event -> model.open(operation));
            rowActions.getChildren().add(button);
        }
        if (rowActions.getChildren().isEmpty()) {
            Label none = new Label(messages.get("connections.noActions"));
            none.getStyleClass().add("muted");
            rowActions.getChildren().add(none);
        }
    }
}
