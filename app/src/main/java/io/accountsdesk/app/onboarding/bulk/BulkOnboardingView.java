package io.accountsdesk.app.onboarding.bulk;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel.ColumnChoice;
import io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel.Filter;
import io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel.RowItem;
import io.accountsdesk.ui.StatusBadge;
import io.accountsdesk.ui.Tone;
import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Bulk onboarding: the file (chosen or dropped), its columns and the fields they fill, and the rows with their
 * verdicts, the ones to send ticked, and what became of each once sent.
 */
public final class BulkOnboardingView extends VBox {

    private final BulkOnboardingViewModel model;
    private final Messages messages;
    private final TableView<RowItem> rows = new TableView<>();
    private final TableView<ColumnChoice> columns = new TableView<>();

    public BulkOnboardingView(BulkOnboardingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("bulk-onboarding");
        getStyleClass().addAll("screen", "bulk-onboarding");
        createView();
        wireListeners();
    }

    private void createView() {
        Label title = new Label(messages.get("bulk.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("bulk.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);

        Button choose = button("bulk.chooseButton", Feather.FOLDER, "bulk-choose");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setOnAction(event -> model.chooseFile());
        choose.disableProperty().bind(model.busyProperty());
        Button template = button("bulk.templateButton", Feather.DOWNLOAD, "bulk-template");
        template.setOnAction(event -> model.saveTemplate());
        Label file = new Label();
        file.setId("bulk-file");
        file.getStyleClass().add("muted");
        file.textProperty().bind(model.fileTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button send = button("bulk.sendButton", Feather.SEND, "bulk-send");
        send.getStyleClass().add(Styles.SUCCESS);
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.send());
        Button result = button("bulk.resultButton", Feather.SAVE, "bulk-result");
        result.disableProperty().bind(model.finishedProperty().not());
        result.setOnAction(event -> model.saveResult());
        javafx.scene.control.Spinner<Integer> atOnce = new javafx.scene.control.Spinner<>(1, 8, 2);
        atOnce.setId("bulk-concurrency");
        atOnce.setPrefWidth(90);
        atOnce.setMinWidth(Region.USE_PREF_SIZE);
        atOnce.getValueFactory().valueProperty().addListener((obs, old, now) -> model.concurrencyProperty().set(now));
        atOnce.disableProperty().bind(model.busyProperty());
        Label atOnceLabel = new Label(messages.get("bulk.concurrency"));
        atOnceLabel.setLabelFor(atOnce);
        atOnceLabel.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(choose, template, result, send)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the file's line gives way, the buttons keep their words
        }
        file.setMinWidth(0);
        HBox toolbar = new HBox(8, choose, template, file, spacer, result, atOnceLabel, atOnce, send);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("toolbar-row");

        Label message = new Label();
        message.setId("bulk-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        SplitPane split = new SplitPane(mappingPane(), rowsPane());
        split.setDividerPositions(0.27);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(new VBox(2, title, subtitle), toolbar, message, split);
    }

    private Button button(String key, Feather icon, String id) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private VBox mappingPane() {
        Label heading = new Label(messages.get("bulk.mappingTitle"));
        heading.getStyleClass().add("section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        columns.setId("bulk-mapping");
        columns.setItems(model.mapping());
        columns.setEditable(true);
        columns.setPlaceholder(new Label(messages.get("bulk.dropHint")));
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ColumnChoice, String> header = new TableColumn<>(messages.get("bulk.column.header"));
        header.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().header()));
        TableColumn<ColumnChoice, String> field = new TableColumn<>(messages.get("bulk.column.field"));
        field.setCellValueFactory(c -> c.getValue().pathProperty());
        field.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return model.fieldName(path);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }, javafx.collections.FXCollections.observableArrayList(model.fieldChoices())));
        field.setEditable(true);
        columns.getColumns().setAll(List.of(header, field));
        VBox.setVgrow(columns, Priority.ALWAYS);
        VBox box = new VBox(6, heading, columns);
        box.setMinWidth(260);
        return box;
    }

    private VBox rowsPane() {
        Label heading = new Label(messages.get("bulk.rowsTitle"));
        heading.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("bulk-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        ComboBox<Filter> filter = new ComboBox<>();
        filter.setId("bulk-filter");
        filter.getItems().setAll(Filter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Filter value) {
                return value == null ? "" : messages.get("bulk.filter." + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public Filter fromString(String text) {
                return null;
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, summary, spacer, filter);
        bar.setAlignment(Pos.CENTER_LEFT);

        rows.setId("bulk-rows");
        rows.setItems(model.shownRows());
        rows.setEditable(true);
        rows.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        rows.setPlaceholder(new Label(messages.get("bulk.noRows")));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RowItem, Boolean> send = new TableColumn<>(messages.get("bulk.column.send"));
        send.setCellValueFactory(c -> c.getValue().sendProperty());
        send.setCellFactory(CheckBoxTableCell.forTableColumn(send));
        send.setEditable(true);
        send.setPrefWidth(50);
        TableColumn<RowItem, Number> line = new TableColumn<>(messages.get("bulk.column.line"));
        line.setCellValueFactory(c -> new javafx.beans.property.SimpleIntegerProperty(c.getValue().verdict().line()));
        line.setPrefWidth(50);
        TableColumn<RowItem, Verdict.Kind> kind = new TableColumn<>(messages.get("bulk.column.verdict"));
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().verdict().kind()));
        kind.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict.Kind item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : StatusBadge.labelled(model.kindName(item),
                        item == Verdict.Kind.READY ? Tone.SUCCESS : item == Verdict.Kind.WARNING ? Tone.WARNING
                                : Tone.DANGER));
            }
        });
        kind.setPrefWidth(80);
        TableColumn<RowItem, String> company = new TableColumn<>(messages.get("bulk.column.company"));
        company.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().verdict().businessName()));
        company.setPrefWidth(180);
        TableColumn<RowItem, String> number = new TableColumn<>(messages.get("bulk.column.number"));
        number.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().verdict().organisationNumber()));
        number.setPrefWidth(100);
        TableColumn<RowItem, String> result = new TableColumn<>(messages.get("bulk.column.result"));
        result.setCellValueFactory(c -> c.getValue().resultProperty());
        result.setPrefWidth(100);
        TableColumn<RowItem, String> notes = new TableColumn<>(messages.get("bulk.column.messages"));
        notes.setCellValueFactory(c -> new SimpleStringProperty(String.join(" ", c.getValue().verdict().messages())));
        notes.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // The whole of a long message on hover; the column shows its start.
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        rows.getColumns().setAll(List.of(send, line, kind, company, number, result, notes));
        VBox.setVgrow(rows, Priority.ALWAYS);
        return new VBox(6, bar, rows);
    }

    private void wireListeners() {
        // A file dropped anywhere on the screen is read as if chosen.
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean taken = files != null && files.size() == 1;
            if (taken) {
                model.load(files.get(0).toPath());
            }
            event.setDropCompleted(taken);
            event.consume();
        });
    }

    public void focusChoose() {
        lookup("#bulk-choose").requestFocus();
    }
}
