package io.accountsdesk.app.pricing;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormDraft;
import io.accountsdesk.ui.EditableTextCell;
import io.accountsdesk.ui.FormGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The fields of the node chosen in the editor's tree: the package with its products as a table, a product, a price
 * with its amounts as a table, or one amount. While the same node stays chosen, an edit refreshes the inputs in
 * place rather than building them again, so the keyboard stays where it was: in a table, Enter keeps the cell and
 * Tab goes on to edit the next one, as in a spreadsheet.
 */
final class PackageNodeDetail extends VBox {

    private final PricePackageEditorViewModel model;
    private final Messages messages;
    private final VBox problemsHere = new VBox(4);
    private final List<Runnable> refreshers = new ArrayList<>();
    private PricePackageEditorView.Node2 shownFor;
    private boolean shownReadOnly;

    PackageNodeDetail(PricePackageEditorViewModel model, Messages messages) {
        super(8);
        this.model = model;
        this.messages = messages;
        setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
    }

    /** Shows {@code chosen}: in place when it is still the node on show, built afresh when another was. */
    void show(PricePackageEditorView.Node2 chosen) {
        boolean readOnly = model.readOnlyProperty().get();
        if (chosen.equals(shownFor) && readOnly == shownReadOnly && !refreshers.isEmpty()) {
            refreshers.forEach(Runnable::run);
        } else {
            shownFor = chosen;
            shownReadOnly = readOnly;
            refreshers.clear();
            getChildren().setAll(build(chosen), problemsHere);
        }
        showProblems(chosen);
    }

    private FormGrid build(PricePackageEditorView.Node2 at) {
        FormGrid grid = new FormGrid();
        if (at.product() < 0) {
            grid.addSection(messages.get("pricing.editor.package"));
            TextField id = field("editor-id", () -> draft().pricePackageId());
            TextField name = field("editor-name", () -> draft().name());
            TextField description = field("editor-description", () -> draft().description());
            TextField conditions = field("editor-conditions", () -> draft().pricingConditions());
            Runnable apply = () -> model.setPackage(id.getText(), name.getText(), description.getText(),
                    conditions.getText());
            for (TextField f : List.of(id, name, description, conditions)) {
                applyOn(f, apply);
            }
            grid.addRow(messages.get("pricing.editor.id"), id);
            grid.addRow(messages.get("pricing.column.name"), name);
            grid.addRow(messages.get("pricing.editor.description"), description);
            grid.addRow(messages.get("pricing.editor.conditions"), conditions);
            grid.addSection(messages.get("pricing.editor.products"));
            grid.addWide(productsTable());
        } else if (at.price() < 0) {
            int p = at.product();
            grid.addSection(messages.get("pricing.editor.product"));
            TextField namespace = field("editor-namespace", () -> product(p).namespace());
            TextField productId = field("editor-product-id", () -> product(p).productId());
            Runnable apply = () -> model.setProduct(p, namespace.getText(), productId.getText());
            applyOn(namespace, apply);
            applyOn(productId, apply);
            grid.addRow(messages.get("pricing.editor.namespace"), namespace);
            grid.addRow(messages.get("pricing.editor.productId"), productId);
        } else if (at.amount() < 0) {
            int p = at.product();
            int r = at.price();
            grid.addSection(messages.get("pricing.editor.price"));
            TextField type = field("editor-price-type", () -> price(p, r).type());
            TextField dimensions = field("editor-dimensions",
                    () -> PricePackageEditorViewModel.dimensionsText(price(p, r).dimensions()));
            dimensions.setPromptText("currency=NOK; country=NO");
            Runnable apply = () -> model.setPrice(p, r, type.getText(), dimensions.getText());
            applyOn(type, apply);
            applyOn(dimensions, apply);
            grid.addRow(messages.get("pricing.editor.type"), type);
            grid.addRow(messages.get("pricing.editor.dimensions"), dimensions);
            grid.addSection(messages.get("pricing.editor.amounts"));
            grid.addWide(amountsTable(p, r));
        } else {
            int p = at.product();
            int r = at.price();
            int a = at.amount();
            grid.addSection(messages.get("pricing.editor.amount"));
            TextField name = field("editor-amount-name", () -> price(p, r).amounts().get(a).name());
            TextField flat = field("editor-flat", () -> price(p, r).amounts().get(a).flatMajor());
            flat.setPromptText(Money.format(150, price(p, r).currency(), messages.locale()));
            TextField unit = field("editor-unit", () -> price(p, r).amounts().get(a).unitAmount());
            unit.setPromptText("0.019");
            Runnable apply = () -> model.setAmount(p, r, a, name.getText(), flat.getText(), unit.getText());
            for (TextField f : List.of(name, flat, unit)) {
                applyOn(f, apply);
            }
            grid.addRow(messages.get("pricing.editor.amountName"), name);
            Label flatLabel = grid.addRow(messages.format("pricing.editor.flat", price(p, r).currency()), flat);
            refreshers.add(() -> flatLabel.setText(messages.format("pricing.editor.flat", price(p, r).currency())));
            grid.addRow(messages.get("pricing.editor.unit"), unit);
        }
        return grid;
    }

    private void showProblems(PricePackageEditorView.Node2 at) {
        problemsHere.getChildren().setAll(model.problems().stream()
                .filter(p -> PricePackageEditorView.nodeOf(p.path()).equals(at))
                .map(p -> {
                    Label problem = new Label(p.message());
                    problem.getStyleClass().add(Styles.DANGER);
                    problem.setWrapText(true);
                    return problem;
                }).toList());
    }

    private PackageDraft draft() {
        return model.draftProperty().get();
    }

    private PackageDraft.Product product(int p) {
        return draft().products().get(p);
    }

    private PackageDraft.Price price(int p, int r) {
        return product(p).prices().get(r);
    }

    /** An input that shows {@code value} from the draft, and shows it again after an edit unless it is typed in. */
    private TextField field(String id, Supplier<String> value) {
        TextField field = new TextField(value.get());
        field.setId(id);
        field.setEditable(!model.readOnlyProperty().get());
        refreshers.add(() -> {
            if (!field.isFocused()) {
                field.setText(value.get());
            }
        });
        return field;
    }

    /**
     * A field's text becomes one edit on Enter, when the focus leaves it, or when the typing in it pauses, not at
     * every key. The pause counts because only an edit reaches the draft on disk: a long description typed into a
     * field that is never left would otherwise be lost whole when the app is killed.
     */
    private static void applyOn(TextField field, Runnable apply) {
        PauseTransition pause = new PauseTransition(Duration.millis(FormDraft.DELAY.toMillis()));
        pause.setOnFinished(event -> {
            if (field.isFocused()) {
                apply.run();
            }
        });
        field.textProperty().addListener((obs, was, now) -> {
            if (field.isFocused() && field.isEditable()) {
                pause.playFromStart();
            }
        });
        field.setOnAction(event -> {
            pause.stop();
            apply.run();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                pause.stop();
                apply.run();
            }
        });
    }

    /** The package's products, edited in their cells; a product's prices are edited on its node. */
    private TableView<PackageDraft.Product> productsTable() {
        TableView<PackageDraft.Product> table = cellTable("editor-products", () -> draft().products());
        table.getColumns().add(editable(table, "editor-products-namespace", messages.get("pricing.editor.namespace"),
                PackageDraft.Product::namespace, row -> problem("products." + row + ".namespace"),
                (row, text) -> model.setProduct(row, text, product(row).productId())));
        table.getColumns().add(editable(table, "editor-products-id", messages.get("pricing.editor.productId"),
                PackageDraft.Product::productId, row -> problem("products." + row + ".product_id"),
                (row, text) -> model.setProduct(row, product(row).namespace(), text)));
        TableColumn<PackageDraft.Product, String> prices = new TableColumn<>(messages.get("pricing.editor.prices"));
        prices.setCellValueFactory(data -> new SimpleStringProperty(Integer.toString(data.getValue().prices().size())));
        prices.setEditable(false);
        prices.setSortable(false);
        table.getColumns().add(prices);
        return table;
    }

    /** A price's amounts, one row each, edited in their cells: flat amounts in major units of the price's currency. */
    private TableView<PackageDraft.Amount> amountsTable(int p, int r) {
        String at = "products." + p + ".prices." + r + ".amounts.";
        TableView<PackageDraft.Amount> table = cellTable("editor-amounts", () -> price(p, r).amounts());
        for (var field : List.of(PricePackageEditorViewModel.AmountField.NAME,
                PricePackageEditorViewModel.AmountField.FLAT_AMOUNT, PricePackageEditorViewModel.AmountField.UNIT_AMOUNT,
                PricePackageEditorViewModel.AmountField.DESCRIPTION)) {
            Function<PackageDraft.Amount, String> value = switch (field) {
                case NAME -> PackageDraft.Amount::name;
                case FLAT_AMOUNT -> PackageDraft.Amount::flatMajor;
                case UNIT_AMOUNT -> PackageDraft.Amount::unitAmount;
                case DESCRIPTION -> PackageDraft.Amount::description;
            };
            TableColumn<PackageDraft.Amount, String> column = editable(table, "editor-amounts-" + field.json(),
                    "", value, row -> problem(at + row + "." + field.json()),
                    (row, text) -> model.setAmountValue(p, r, row, field, text));
            Runnable title = () -> column.setText(switch (field) {
                case NAME -> messages.get("pricing.editor.amountName");
                case FLAT_AMOUNT -> messages.format("pricing.editor.flat", price(p, r).currency());
                case UNIT_AMOUNT -> messages.get("pricing.editor.unit");
                case DESCRIPTION -> messages.get("pricing.editor.description");
            });
            title.run();
            // The price's currency can change above the table, and with it the flat amount's decimals.
            refreshers.add(title);
            table.getColumns().add(column);
        }
        return table;
    }

    private <S> TableView<S> cellTable(String id, Supplier<List<S>> rows) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * 6 + 4);
        table.setPlaceholder(new Label(messages.get("pricing.editor.noRows")));
        table.getItems().setAll(rows.get());
        if (!model.readOnlyProperty().get()) {
            EditableTextCell.editByKeyboard(table);
        }
        refreshers.add(() -> {
            List<S> now = rows.get();
            // Only the rows that changed, so the cell being edited or focused is left alone.
            if (now.size() != table.getItems().size()) {
                table.getItems().setAll(now);
            } else {
                for (int i = 0; i < now.size(); i++) {
                    if (!now.get(i).equals(table.getItems().get(i))) {
                        table.getItems().set(i, now.get(i));
                    }
                }
            }
            table.refresh();
        });
        return table;
    }

    private <S> TableColumn<S, String> editable(TableView<S> table, String id, String title,
                                                Function<S, String> value, IntFunction<String> problem,
                                                BiConsumer<Integer, String> apply) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setEditable(!model.readOnlyProperty().get());
        column.setCellValueFactory(data -> new SimpleStringProperty(value.apply(data.getValue())));
        // Typing in a cell reaches the draft on disk when it pauses, as in the fields, but is not yet an edit: a
        // crash mid-cell keeps it, while the table and undo change only when the cell's text is kept.
        PauseTransition pause = new PauseTransition(Duration.millis(FormDraft.DELAY.toMillis()));
        column.setCellFactory(EditableTextCell.forColumn((row, text, move) -> {
            pause.stop();
            apply.accept(row, text);
            int index = table.getColumns().indexOf(column);
            switch (move) {
                case STAY -> focusCell(table, row, index, false);
                case NEXT -> {
                    int next = index + 1 < table.getColumns().size()
                            && table.getColumns().get(index + 1).isEditable() ? index + 1 : index;
                    focusCell(table, row, next, next != index);
                }
                case NONE -> {
                    // The user went elsewhere: the keyboard follows them, not the cell.
                }
            }
        }, problem, (row, text) -> {
            if (text == null) {
                pause.stop();
                model.dropTyping();
                return;
            }
            pause.setOnFinished(event -> model.keepTyping(() -> apply.accept(row, text)));
            pause.playFromStart();
        }));
        return column;
    }

    private String problem(String path) {
        return model.problemAt(path).orElse(null);
    }

    private static <S> void focusCell(TableView<S> table, int row, int column, boolean edit) {
        if (table.getScene() == null || row >= table.getItems().size() || column >= table.getColumns().size()) {
            return;
        }
        TableColumn<S, ?> at = table.getColumns().get(column);
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(row, at);
        table.getFocusModel().focus(row, at);
        if (edit) {
            table.edit(row, at);
        }
    }
}
