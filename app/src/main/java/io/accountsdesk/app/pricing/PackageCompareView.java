package io.accountsdesk.app.pricing;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Two packages side by side. Added, removed and changed lines are tinted and also say so in the last column, so
 * the comparison reads without colour.
 */
final class PackageCompareView extends VBox {

    private final PackageCompareViewModel model;
    private final Messages messages;
    private final TableView<PackageDiff.Line> table = new TableView<>();

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

    /** The worked example: a month typed per product, and what each package would charge for it. */
    private VBox example() {
        Label heading = new Label(messages.get("pricing.compare.example"));
        heading.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("compare-example");
        grid.setHgap(10);
        grid.setVgap(6);
        Runnable fill = () -> {
            grid.getChildren().clear();
            grid.addRow(0, bold(messages.get("pricing.compare.product")),
                    bold(messages.get("pricing.compare.example.transactions")),
                    bold(messages.format("pricing.compare.example.volumeIn", model.currencyProperty().get())));
            int row = 1;
            for (PackageCompareViewModel.Usage usage : model.usage()) {
                javafx.scene.control.TextField count = new javafx.scene.control.TextField();
                count.setId("example-count-" + row);
                count.setPrefColumnCount(8);
                count.textProperty().bindBidirectional(usage.countProperty());
                javafx.scene.control.TextField volume = new javafx.scene.control.TextField();
                volume.setId("example-volume-" + row);
                volume.setPrefColumnCount(12);
                volume.textProperty().bindBidirectional(usage.volumeProperty());
                Label error = new Label();
                error.getStyleClass().add(Styles.DANGER);
                error.textProperty().bind(usage.errorProperty());
                grid.addRow(row++, new Label(usage.product()), count, volume, error);
            }
        };
        model.usage().addListener((javafx.collections.ListChangeListener<PackageCompareViewModel.Usage>)
                change -> fill.run());
        fill.run();
        Label left = new Label();
        left.setId("example-left");
        left.textProperty().bind(javafx.beans.binding.Bindings.concat(model.leftNameProperty(), ": ",
                model.leftChargeProperty()));
        Label right = new Label();
        right.setId("example-right");
        right.textProperty().bind(javafx.beans.binding.Bindings.concat(model.rightNameProperty(), ": ",
                model.rightChargeProperty()));
        left.getStyleClass().add(Styles.TEXT_BOLD);
        right.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, grid, new HBox(24, left, right));
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private TableView<PackageDiff.Line> table() {
        table.setId("compare-table");
        table.setItems(model.lines());
        table.getStyleClass().addAll(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var left = Columns.text("", (PackageDiff.Line line) -> model.display(line, line.left()));
        left.textProperty().bind(model.leftNameProperty());
        var right = Columns.text("", (PackageDiff.Line line) -> model.display(line, line.right()));
        right.textProperty().bind(model.rightNameProperty());
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("pricing.compare.product"), PackageDiff.Line::product),
                Columns.text(messages.get("pricing.compare.price"), PackageDiff.Line::price),
                Columns.text(messages.get("pricing.compare.field"), PackageDiff.Line::field),
                left, right,
                Columns.text(messages.get("pricing.compare.change"), line -> model.kindLabel(line.kind()))));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PackageDiff.Line item, boolean empty) {
                super.updateItem(item, empty);
                for (PackageDiff.Kind kind : PackageDiff.Kind.values()) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass("diff-" + kind.name().toLowerCase(Locale.ROOT)),
                            !empty && item != null && item.kind() == kind);
                }
            }
        });
        table.setPlaceholder(new Label(messages.get("pricing.compare.same")));
        return table;
    }

    void focusTable() {
        table.requestFocus();
    }
}
