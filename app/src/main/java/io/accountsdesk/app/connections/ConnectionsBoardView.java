package io.accountsdesk.app.connections;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.TriageKeys;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The board of connections that wait, across all sub-accounts. J and K move, Enter opens the account on its
 * connections tab, E sets the connection's status.
 */
final class ConnectionsBoardView extends VBox {

    private static final PseudoClass STUCK = PseudoClass.getPseudoClass("stuck");
    private static final PseudoClass RESOLVED = PseudoClass.getPseudoClass("resolved");

    private final ConnectionsBoardViewModel model;
    private final Messages messages;
    private final TableView<BoardRow> table = new TableView<>();

    ConnectionsBoardView(ConnectionsBoardViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("connections-board");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label(messages.get("nav.board"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("board-summary");
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        Label changes = new Label();
        changes.setId("board-changes");
        changes.getStyleClass().add(Styles.ACCENT);
        changes.textProperty().bind(model.changesProperty());
        Label error = new Label();
        error.setId("board-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        StatePane state = new StatePane(createTable());
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("board.loading"));
        state.emptyTitleProperty().set(messages.get("board.empty.title"));
        state.emptyTextProperty().set(messages.get("board.empty.text"));
        state.errorTitleProperty().set(messages.get("board.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);
        FormBeside split = new FormBeside(state, table, model.formProperty(), model::closeForm, messages, 0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label keys = new Label(messages.get("board.keys"));
        keys.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new VBox(2, title, summary), gap, refreshButton(), exportButton());
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, filters(), changes, error, split, keys);
        wire();
    }

    private HBox filters() {
        ComboBox<String> provider = combo("board-provider", model.providers(), messages.get("board.allProviders"));
        provider.valueProperty().bindBidirectional(model.providerProperty());
        ComboBox<String> status = combo("board-status", javafx.collections.FXCollections.observableArrayList(
                ConnectionsBoardViewModel.WAITING), messages.get("board.allStatuses"));
        status.setConverter(converter(value -> model.statusLabel(value), messages.get("board.allStatuses")));
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> manager = combo("board-manager", model.managers(), messages.get("board.allManagers"));
        manager.valueProperty().bindBidirectional(model.managerProperty());
        Spinner<Integer> days = new Spinner<>(0, 3650, 0);
        days.setId("board-min-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.getValueFactory().valueProperty().addListener((obs, old, now) ->
                model.minDaysProperty().set(now == null ? 0 : now));
        Label daysLabel = new Label(messages.get("board.minDays"));
        daysLabel.setLabelFor(days);
        Spinner<Integer> stuck = new Spinner<>(1, 365, model.stuckAfterDaysProperty().get());
        stuck.setId("board-stuck-after");
        stuck.setEditable(true);
        stuck.setPrefWidth(80);
        stuck.getValueFactory().valueProperty().addListener((obs, old, now) ->
                model.stuckAfterDaysProperty().set(now == null ? 1 : now));
        Label stuckLabel = new Label(messages.get("board.stuckAfter"));
        stuckLabel.setLabelFor(stuck);
        for (Label label : List.of(daysLabel, stuckLabel)) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        provider.setPrefWidth(170);
        status.setPrefWidth(150);
        manager.setPrefWidth(230);
        HBox bar = new HBox(8, provider, status, manager, daysLabel, days, stuckLabel, stuck);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button refreshButton() {
        Button refresh = new Button(messages.get("connections.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("board-refresh");
        refresh.setOnAction(event -> model.refresh());
        return refresh;
    }

    private Button exportButton() {
        Button export = new Button(messages.get("board.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("board-export");
        export.setOnAction(event -> model.exportCsv());
        return export;
    }

    private ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items, String all) {
        javafx.collections.ObservableList<String> withAll = javafx.collections.FXCollections.observableArrayList("");
        withAll.addAll(items);
        items.addListener((javafx.collections.ListChangeListener<String>) change -> {
            List<String> now = new java.util.ArrayList<>(List.of(""));
            now.addAll(items);
            withAll.setAll(now);
        });
        ComboBox<String> box = new ComboBox<>(withAll);
        box.setId(id);
        box.setConverter(converter(value -> value, all));
        return box;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> label, String all) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? all : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private TableView<BoardRow> createTable() {
        table.setId("board-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("stuck-aware");
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("board.column.account"), row -> row.accountName() == null
                        || row.accountName().equals(row.accountId()) ? row.accountId()
                        : row.accountName() + " · " + row.accountId()),
                Columns.text(messages.get("connections.column.connection"), BoardRow::provider),
                Columns.badge(messages.get("connections.column.status"), BoardRow::status,
                        Vocabularies.statuses(messages)),
                Columns.text(messages.get("board.column.waited"), BoardRow::waitedText),
                Columns.text(messages.get("connections.column.lastEvent"), BoardRow::lastEvent),
                Columns.text(messages.get("board.column.manager"), BoardRow::manager),
                Columns.text(messages.get("board.column.change"), row -> model.changeLabel(row.change()))));
        double[] widths = {230, 130, 100, 110, 240, 190, 90};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setRowFactory(view -> {
            TableRow<BoardRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BoardRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(STUCK, !empty && item != null && item.stuck());
                    pseudoClassStateChanged(RESOLVED, !empty && item != null
                            && item.change() == BoardRow.Change.RESOLVED);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setPlaceholder(new Label(messages.get("board.empty.filtered")));
        return table;
    }

    private void wire() {
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && model.formProperty().get() != null) {
                model.closeForm();
                event.consume();
            }
        });
        TriageKeys.install(table, java.util.Map.of(
                KeyCode.ENTER, row -> model.open(row),
                KeyCode.E, row -> model.addEvent(row)));
    }

    void focusTable() {
        TriageKeys.focus(table);
    }
}
