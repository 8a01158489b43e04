package io.accountsdesk.app.pricing;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.PricePackageSummary;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.StatePane;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The price packages: filters, the list with its next page, and the chosen package as a price list and as JSON. */
final class PricePackagesView extends VBox {

    private final PricePackagesViewModel model;
    private final Messages messages;
    private final TableView<PricePackagesViewModel.PackageRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final HBox selectionActions = new HBox(8);

    PricePackagesView(PricePackagesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("price-packages");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label(messages.get("nav.pricing"));
        title.getStyleClass().add("screen-title");
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        StatePane state = new StatePane(list());
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("pricing.list.loading"));
        state.emptyTitleProperty().set(messages.get("pricing.list.empty.title"));
        state.emptyTextProperty().set(messages.get("pricing.list.empty.text"));
        state.errorTitleProperty().set(messages.get("pricing.list.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        SplitPane split = new SplitPane(state, detail());
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, filters(), selectionActions, error, split);
    }

    private HBox filters() {
        search.setId("pricing-search");
        search.setPromptText(messages.get("pricing.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(260);
        ComboBox<String> type = new ComboBox<>(FXCollections.observableArrayList("", "default", "account"));
        type.setId("pricing-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? messages.get("pricing.type.all")
                        : messages.get("pricing.type." + value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        TextField id = new TextField();
        id.setId("pricing-id");
        id.setPromptText(messages.get("pricing.id"));
        id.textProperty().bindBidirectional(model.packageIdProperty());
        id.setOnAction(event -> model.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button(messages.get("connections.refresh"), new FontIcon(Feather.REFRESH_CW));
        reload.setOnAction(event -> model.reload());
        Button copy = new Button(messages.get("pricing.editAsCopy"), new FontIcon(Feather.EDIT));
        copy.setId("pricing-edit-copy");
        copy.disableProperty().bind(model.selectedProperty().isNull());
        copy.setOnAction(event -> model.editAsCopy(model.selectedProperty().get()));
        Button create = new Button(messages.get("pricing.new"), new FontIcon(Feather.PLUS));
        create.setId("pricing-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> model.newPackage());
        HBox bar = new HBox(8, search, type, id, spacer, reload, copy, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox list() {
        table.setId("pricing-table");
        table.setItems(model.rows());
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("pricing.column.name"), PricePackagesViewModel.PackageRow::name),
                Columns.text(messages.get("pricing.column.id"), PricePackagesViewModel.PackageRow::id),
                Columns.text(messages.get("pricing.column.type"), row -> row.type().isEmpty() ? ""
                        : messages.get("pricing.type." + row.type())),
                Columns.text(messages.get("pricing.column.creationState"),
                        row -> model.creationStateLabel(row.creationState())),
                Columns.text(messages.get("pricing.column.products"), row -> String.valueOf(row.products())),
                Columns.text(messages.get("pricing.column.created"), PricePackagesViewModel.PackageRow::created)));
        double[] widths = {220, 190, 110, 120, 80, 110};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));
        table.setPlaceholder(new Label(messages.get("pricing.list.noMatch")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button more = new Button(messages.get("pricing.more"), new FontIcon(Feather.CHEVRONS_DOWN));
        more.setId("pricing-more");
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(event -> model.loadMore());
        Button assign = new Button(messages.get("pricing.assign.button"), new FontIcon(Feather.USER_CHECK));
        assign.setId("pricing-assign");
        assign.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        assign.setOnAction(event -> model.assignChosen(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label result = new Label();
        result.setId("pricing-assign-result");
        result.setWrapText(true);
        result.textProperty().bind(model.assignResultProperty());
        javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink(messages.get("pricing.assign.open"));
        open.setId("pricing-assign-open");
        open.visibleProperty().bind(model.assignedAccountProperty().isNotEmpty());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(event -> model.openAssigned());
        Button compare = new Button(messages.get("pricing.compare.button"), new FontIcon(Feather.COLUMNS));
        compare.setId("pricing-compare");
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(
                table.getSelectionModel().getSelectedItems()).lessThan(2));
        compare.setOnAction(event -> model.compare(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button withDraft = new Button(messages.get("pricing.compare.withDraft"), new FontIcon(Feather.EDIT));
        withDraft.setId("pricing-compare-draft");
        withDraft.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(
                table.getSelectionModel().getSelectedItems()));
        withDraft.setOnAction(event -> model.compareWithDraft(
                List.copyOf(table.getSelectionModel().getSelectedItems())));
        // What can be done with the chosen packages sits above the list, where any window height shows it.
        Label forAccount = new Label();
        forAccount.setId("pricing-assign-for");
        forAccount.getStyleClass().add(Styles.ACCENT);
        forAccount.textProperty().bind(javafx.beans.binding.Bindings.when(model.assignForProperty().isNull())
                .then("").otherwise(javafx.beans.binding.Bindings.format(messages.get("pricing.assign.for"),
                        model.assignForProperty())));
        assign.textProperty().bind(javafx.beans.binding.Bindings.when(model.assignForProperty().isNull())
                .then(messages.get("pricing.assign.button")).otherwise(javafx.beans.binding.Bindings.format(
                        messages.get("pricing.assign.buttonFor"), model.assignForProperty())));
        selectionActions.getChildren().setAll(assign, forAccount, compare, withDraft, result, open);
        selectionActions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, table, more);
    }

    private TabPane detail() {
        VBox prices = new VBox(6);
        prices.setId("pricing-summary");
        prices.setPadding(new javafx.geometry.Insets(8));
        model.summaryProperty().addListener((obs, old, summary) -> showSummary(prices, summary));
        showSummary(prices, null);
        TextArea json = new TextArea();
        json.setId("pricing-json");
        json.setEditable(false);
        json.getStyleClass().add("monospace");
        json.textProperty().bind(model.jsonProperty());
        VBox.setVgrow(json, Priority.ALWAYS);
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId("pricing-json-copy");
        copy.disableProperty().bind(model.jsonProperty().isEmpty());
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.jsonProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            model.copied();
        });
        TabPane tabs = new TabPane(new Tab(messages.get("pricing.tab.prices"), prices),
                new Tab(messages.get("pricing.tab.json"), jsonBox(copy, json)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(360);
        return tabs;
    }

    private static VBox jsonBox(Button copy, TextArea json) {
        VBox box = new VBox(6, copy, json);
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }

    private void showSummary(VBox box, PricePackageSummary summary) {
        box.getChildren().clear();
        if (summary == null) {
            Label hint = new Label(messages.get("pricing.selectHint"));
            hint.getStyleClass().add("muted");
            box.getChildren().add(hint);
            return;
        }
        Label name = new Label(summary.name());
        name.getStyleClass().add(Styles.TITLE_4);
        Label id = new Label(summary.id());
        id.getStyleClass().add("muted");
        box.getChildren().addAll(name, id);
        if (summary.description() != null && !summary.description().isBlank()) {
            Label description = new Label(summary.description());
            description.setWrapText(true);
            box.getChildren().add(description);
        }
        for (PricePackageSummary.ProductLine line : summary.products()) {
            Label product = new Label(line.product());
            product.getStyleClass().add(Styles.TEXT_BOLD);
            Label price = new Label(line.price());
            price.setWrapText(true);
            box.getChildren().add(new VBox(2, product, price));
        }
    }

    void focusSearch() {
        search.requestFocus();
    }
}
