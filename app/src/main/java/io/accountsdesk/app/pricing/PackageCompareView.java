package io.accountsdesk.app.pricing;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.ContentState;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.ArrayList;
import javafx.scene.layout.FlowPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Packages side by side, one column each. A value that differs from the first package's is tinted, and the last
 * column says what changed in words, so the comparison reads without colour.
 */
final class PackageCompareView extends VBox {

    private final PackageCompareViewModel model;
    private final Messages messages;
    private final TableView<PackageDiff.Row> table = new TableView<>();

    PackageCompareView(PackageCompareViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("price-package-compare");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label(messages.get("pricing.compare.title"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.getStyleClass().add("screen-subtitle");
        summary.textProperty().bind(model.summaryProperty());
        CheckBox only = new CheckBox(messages.get("pricing.compare.only"));
        only.setId("compare-only-differences");
        only.selectedProperty().bindBidirectional(model.onlyDifferencesProperty());
        Button export = new Button(messages.get("pricing.compare.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("compare-export");
        export.setOnAction(event -> model.exportCsv());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, new VBox(2, title, summary), spacer, only, export);
        top.setAlignment(Pos.CENTER_LEFT);

        StatePane state = new StatePane(table());
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("pricing.compare.loading"));
        state.errorTitleProperty().set(messages.get("pricing.compare.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::load);
        VBox.setVgrow(state, Priority.ALWAYS);
        getChildren().addAll(top, state, example());
    }

    /** The worked example: a month typed per product (or taken from an account), and what each package charges. */
    private VBox example() {
        Label heading = new Label(messages.get("pricing.compare.example"));
        heading.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("compare-example");
        grid.setHgap(10);
        grid.setVgap(6);
        FlowPane charges = new FlowPane(24, 6);
        charges.setId("example-charges");
        Runnable fill = () -> {
            grid.getChildren().clear();
            grid.addRow(0, bold(messages.get("pricing.compare.product")),
                    bold(messages.get("pricing.compare.example.transactions")),
                    bold(messages.format("pricing.compare.example.volumeIn", model.currencyProperty().get())));
            int row = 1;
            for (PackageCompareViewModel.Usage usage : model.usage()) {
                TextField count = new TextField();
                count.setId("example-count-" + row);
                count.setPrefColumnCount(8);
                count.textProperty().bindBidirectional(usage.countProperty());
                TextField volume = new TextField();
                volume.setId("example-volume-" + row);
                volume.setPrefColumnCount(12);
                volume.textProperty().bindBidirectional(usage.volumeProperty());
                Label error = new Label();
                error.getStyleClass().add(Styles.DANGER);
                error.textProperty().bind(usage.errorProperty());
                grid.addRow(row++, new Label(usage.product()), count, volume, error);
            }
            charges.getChildren().clear();
            int column = 1;
            for (PackageCompareViewModel.Column each : model.columns()) {
                Label charge = new Label();
                charge.setId("example-charge-" + column++);
                charge.getStyleClass().add(Styles.TEXT_BOLD);
                charge.textProperty().bind(javafx.beans.binding.Bindings.concat(each.name(), ": ",
                        each.chargeProperty()));
                charges.getChildren().add(charge);
            }
        };
        model.usage().addListener((javafx.collections.ListChangeListener<PackageCompareViewModel.Usage>)
                change -> fill.run());
        model.currencyProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        Label fillNote = new Label();
        fillNote.setId("example-fill-note");
        fillNote.getStyleClass().add("muted");
        fillNote.setWrapText(true);
        fillNote.textProperty().bind(model.fillNoteProperty());
        fillNote.managedProperty().bind(fillNote.textProperty().isNotEmpty());
        VBox example = new VBox(6, heading, fromAccount(), fillNote, grid, charges);
        // The example needs the packages' prices: without them it has nothing to work out.
        example.visibleProperty().bind(model.stateProperty().isEqualTo(ContentState.READY));
        example.managedProperty().bind(example.visibleProperty());
        return example;
    }

    /** Takes a month's volume from an account's captures into the example, for the product the user names. */
    private HBox fromAccount() {
        TextField account = new TextField();
        account.setId("example-account");
        account.setPromptText(messages.get("pricing.compare.fill.prompt"));
        account.setPrefColumnCount(14);
        account.textProperty().bindBidirectional(model.fillAccountProperty());
        ComboBox<String> product = new ComboBox<>();
        product.setId("example-product");
        Runnable products = () -> product.getItems().setAll(model.usage().stream()
                .map(PackageCompareViewModel.Usage::product).toList());
        model.usage().addListener((javafx.collections.ListChangeListener<PackageCompareViewModel.Usage>)
                change -> products.run());
        products.run();
        product.valueProperty().bindBidirectional(model.fillProductProperty());
        Button take = new Button(messages.get("pricing.compare.fill"), new FontIcon(Feather.BAR_CHART_2));
        take.setId("example-fill");
        take.setOnAction(event -> model.fillFromAccount());
        account.setOnAction(event -> model.fillFromAccount());
        Label label = new Label(messages.get("pricing.compare.fill.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        take.setMinWidth(Region.USE_PREF_SIZE);
        product.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, account, product, take);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private TableView<PackageDiff.Row> table() {
        table.setId("compare-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.columns().addListener((javafx.collections.ListChangeListener<PackageCompareViewModel.Column>)
                change -> columns());
        columns();
        table.setPlaceholder(new Label(messages.get("pricing.compare.same")));
        return table;
    }

    /** One column per package; each value after the first package's is tinted by what it changes against it. */
    private void columns() {
        List<TableColumn<PackageDiff.Row, ?>> all = new ArrayList<>(List.of(
                Columns.text(messages.get("pricing.compare.product"), PackageDiff.Row::product),
                Columns.text(messages.get("pricing.compare.price"), PackageDiff.Row::price),
                Columns.text(messages.get("pricing.compare.field"), PackageDiff.Row::field)));
        for (int i = 0; i < model.columns().size(); i++) {
            all.add(packageColumn(i, model.columns().get(i)));
        }
        all.add(Columns.text(messages.get("pricing.compare.change"), model::changeText));
        table.getColumns().setAll(all);
    }

    private TableColumn<PackageDiff.Row, PackageDiff.Row> packageColumn(int index,
                                                                        PackageCompareViewModel.Column head) {
        TableColumn<PackageDiff.Row, PackageDiff.Row> column = new TableColumn<>(head.name());
        column.setId("compare-column-" + (index + 1));
        column.setSortable(false);
        column.setPrefWidth(170);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PackageDiff.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : model.display(row, row.value(index)));
                for (PackageDiff.Kind kind : PackageDiff.Kind.values()) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass("diff-" + kind.name().toLowerCase(Locale.ROOT)),
                            !empty && row != null && index > 0 && row.kind(index) == kind);
                }
            }
        });
        return column;
    }

    void focusTable() {
        table.requestFocus();
    }
}
