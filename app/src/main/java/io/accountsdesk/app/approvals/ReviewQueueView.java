package io.accountsdesk.app.approvals;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.Vocabularies;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review queue. J and K move, Enter opens the case's account on its Approvals tab, N adds a note, C copies the
 * signature link and A takes the case.
 */
final class ReviewQueueView extends VBox {

    /** A reminder goes out within a day: the row says so before the signatory's inbox does. */
    private static final PseudoClass REMINDER_SOON = PseudoClass.getPseudoClass("reminder-soon");

    private final ReviewQueueViewModel model;
    private final Messages messages;
    private final TableView<QueueRow> table = new TableView<>();

    ReviewQueueView(ReviewQueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("approvals-queue");
        getStyleClass().addAll("screen", "approvals-queue");
        setSpacing(10);
        Label title = new Label(messages.get("approvals.nav.queue"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("queue-summary");
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("queue-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        StatePane state = new StatePane(createTable());
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("approvals.queue.loading"));
        state.emptyTitleProperty().set(messages.get("approvals.queue.empty.title"));
        state.emptyTextProperty().set(messages.get("approvals.queue.empty.text"));
        state.errorTitleProperty().set(messages.get("approvals.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::refresh);
        VBox.setVgrow(state, Priority.ALWAYS);
        Label keys = new Label(messages.get("approvals.queue.keys"));
        keys.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new VBox(2, title, summary), gap,
                button("queue-assign", "approvals.queue.assign", Feather.USER_CHECK,
                        () -> model.assignToMe(model.selected())),
                button("queue-save-view", "approvals.queue.saveView", Feather.BOOKMARK, model::saveViewAs),
                button("queue-refresh", "approvals.refresh", Feather.REFRESH_CW, model::refresh),
                button("queue-export", "approvals.queue.export", Feather.DOWNLOAD, model::exportCsv));
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, filters(), error, state, keys);
        wire();
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private HBox filters() {
        ComboBox<String> kind = FilterChoice.of("queue-kind", FXCollections.observableArrayList(Arrays.stream(CaseKind.values())
                .map(CaseKind::id).toList()), messages.get("approvals.queue.allKinds"),
                value -> model.kindLabel(CaseKind.of(value)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<String> status = FilterChoice.of("queue-status", model.statuses(), messages.get("approvals.filter.allStatuses"),
                model::statusLabel);
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> manager = FilterChoice.of("queue-manager", model.managers(), messages.get("approvals.queue.allManagers"),
                value -> value);
        manager.valueProperty().bindBidirectional(model.managerProperty());
        ComboBox<String> assignee = FilterChoice.of("queue-assignee", model.assignees(), messages.get("approvals.queue.anyone"),
                model::assigneeLabel);
        assignee.valueProperty().bindBidirectional(model.assigneeProperty());
        Spinner<Integer> days = new Spinner<>(0, 3650, model.minDaysProperty().get());
        days.setId("queue-min-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.getValueFactory().valueProperty().addListener((obs, old, now) ->
                model.minDaysProperty().set(now == null ? 0 : now));
        model.minDaysProperty().addListener((obs, old, now) -> days.getValueFactory().setValue(now.intValue()));
        Label daysLabel = new Label(messages.get("approvals.queue.minDays"));
        daysLabel.setMinWidth(Region.USE_PREF_SIZE);
        daysLabel.setLabelFor(days);
        HBox bar = new HBox(8, kind, status, manager, assignee, daysLabel, days);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<QueueRow> createTable() {
        table.setId("queue-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, "approvals-queue-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("approvals.column.account"), row -> row.accountName() == null
                        || row.accountName().equals(row.accountId()) ? row.accountId()
                        : row.accountName() + " · " + row.accountId()),
                Columns.text(messages.get("approvals.column.kind"), row -> model.kindLabel(row.kind())),
                Columns.text(messages.get("approvals.column.case"), QueueRow::title),
                Columns.badge(messages.get("approvals.column.status"), QueueRow::status,
                        Vocabularies.caseStatuses(messages)),
                Columns.text(messages.get("approvals.column.waited"), QueueRow::waitedText),
                Columns.text(messages.get("approvals.column.reminder"), QueueRow::nextReminder),
                Columns.text(messages.get("approvals.column.assignee"), QueueRow::assignee),
                Columns.text(messages.get("approvals.column.manager"), QueueRow::manager),
                Columns.text(messages.get("approvals.column.link"), row -> row.signatureLink() == null ? ""
                        : row.signatureLink())));
        double[] widths = {200, 90, 150, 190, 100, 150, 120, 170, 150};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setRowFactory(view -> {
            TableRow<QueueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(QueueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(REMINDER_SOON, !empty && item != null && item.reminderIn() != null
                            && item.reminderIn().toHours() < 24);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setPlaceholder(new Label(messages.get("approvals.queue.empty.filtered")));
        return table;
    }

    /** The table's selection and the model's keyboard row are one: either moves the other. */
    private void wire() {
        model.currentProperty().addListener((obs, old, now) -> {
            int index = now.intValue();
            if (index >= 0 && index < table.getItems().size() && table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().select(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.currentProperty().set(now.intValue());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            switch (event.getCode()) {
                case J -> model.next();
                case K -> model.previous();
                case ENTER -> model.open(model.selected());
                case N -> model.addNote(model.selected());
                case A -> model.assignToMe(model.selected());
                case C -> model.linkToCopy(model.selected()).ifPresent(link -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(link);
                    Clipboard.getSystemClipboard().setContent(content);
                });
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.max(0, model.currentProperty().get()));
        }
    }
}
