package io.accountsdesk.app.screening;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.TriageKeys;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The screening queue: accounts never screened or screened too long ago. J and K move, Enter opens the account on
 * its screening tab, R reads the queue again.
 */
final class ScreeningQueueView extends VBox {

    private final ScreeningQueueViewModel model;
    private final Messages messages;
    private final TableView<QueueRow> table = new TableView<>();

    ScreeningQueueView(ScreeningQueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("screening-queue");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label(messages.get("nav.screeningQueue"));
        title.getStyleClass().add("screen-title");
        Label keys = new Label(messages.get("screening.queue.keys"));
        keys.getStyleClass().add("muted");
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        StatePane state = new StatePane(table());
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("screening.queue.loading"));
        state.emptyTitleProperty().set(messages.get("screening.queue.empty.title"));
        state.emptyTextProperty().bind(model.summaryProperty());
        state.errorTitleProperty().set(messages.get("screening.queue.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);
        VBox.setVgrow(state, Priority.ALWAYS);
        getChildren().addAll(title, toolbar(), keys, error, state);
        wire();
    }

    private HBox toolbar() {
        Label after = new Label(messages.get("screening.queue.maxAge"));
        Spinner<Integer> days = new Spinner<>(1, 3650, model.maxAgeDaysProperty().get());
        days.setId("screening-queue-days");
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, now) -> model.maxAgeDaysProperty().set(now == null ? 1 : now));
        after.setLabelFor(days);
        Label summary = new Label();
        summary.setId("screening-queue-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button(messages.get("screening.queue.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("screening-queue-refresh");
        refresh.setOnAction(event -> model.refresh());
        HBox bar = new HBox(10, after, days, summary, spacer, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<QueueRow> table() {
        table.setId("screening-queue-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("screening.queue.account"), QueueRow::name),
                Columns.text(messages.get("screening.queue.id"), QueueRow::accountId),
                Columns.text(messages.get("screening.queue.last"), QueueRow::lastScreenedText),
                Columns.text(messages.get("screening.queue.age"), row -> row.never() ? ""
                        : messages.format("screening.queue.days", row.ageDays())),
                Columns.text(messages.get("screening.queue.decision"), QueueRow::decision)));
        table.setRowFactory(view -> {
            TableRow<QueueRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setPlaceholder(new Label(messages.get("screening.queue.empty.title")));
        return table;
    }

    private void wire() {
        TriageKeys.install(table, java.util.Map.of(
                KeyCode.ENTER, row -> model.open(row),
                KeyCode.R, row -> model.refresh()));
    }

    void focusTable() {
        TriageKeys.focus(table);
    }
}
