package io.accountsdesk.app.pricing;

import io.accountsdesk.ui.FocusInView;
import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The price package editor: the package as a tree (products, their prices, each price's amounts) on the left, the
 * chosen node's fields on the right, the problems under them. Inputs apply on Enter or when they lose focus, so
 * each change is one step to undo (Shortcut+Z) or redo (Shortcut+Shift+Z). The package's products and a price's
 * amounts are also tables edited in their cells. In the tree, Insert adds a child, Shortcut+D duplicates, Delete
 * removes, Alt+Up / Alt+Down move the node among its siblings. A package opened to be seen ({@code ?view=ID}) is
 * read-only, with a way to edit it as a new copy.
 */
final class PricePackageEditorView extends VBox {

    /** Where a tree node points in the draft: -1 where it does not reach. */
    record Node2(int product, int price, int amount) {
        static final Node2 ROOT = new Node2(-1, -1, -1);
    }

    private final PricePackageEditorViewModel model;
    private final Messages messages;
    private final TreeView<Node2> tree = new TreeView<>();
    private final PackageNodeDetail detail;
    private Node2 chosen = Node2.ROOT;

    PricePackageEditorView(PricePackageEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.detail = new PackageNodeDetail(model, messages);
        setId("price-package-editor");
        getStyleClass().add("screen");
        setSpacing(10);
        Label title = new Label();
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.readOnlyProperty().get()
                        ? messages.format("pricing.editor.titleView", model.sourceProperty().get())
                        : messages.get("pricing.editor.title"), model.readOnlyProperty(), model.sourceProperty()));
        title.getStyleClass().add("screen-title");
        Label note = new Label();
        note.setId("editor-note");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.textProperty().bind(model.noteProperty());
        Label seedNote = new Label(messages.get("pricing.editor.seedNote"));
        seedNote.getStyleClass().add("muted");
        seedNote.setWrapText(true);

        tree.setId("editor-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Node2 item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
            }
        });
        tree.setMinWidth(280);
        ScrollPane detailScroll = FocusInView.follow(new ScrollPane(detail));
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, detailScroll);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);

        ListView<PricePackageEditorViewModel.Problem> problems = new ListView<>(model.problems());
        problems.setId("editor-problems");
        problems.setPrefHeight(110);
        problems.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PricePackageEditorViewModel.Problem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.path() + ": " + item.message());
                getStyleClass().remove(Styles.DANGER);
                if (!empty && item != null) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
        });
        problems.setPlaceholder(new Label(messages.get("pricing.editor.noProblems")));
        // A package on view cannot be changed, so it has nothing to fix.
        problems.visibleProperty().bind(model.readOnlyProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnMouseClicked(event -> {
            var problem = problems.getSelectionModel().getSelectedItem();
            if (problem != null) {
                select(nodeOf(problem.path()));
            }
        });
        Label result = new Label();
        result.setId("editor-result");
        result.textProperty().bind(model.resultProperty());
        result.getStyleClass().add(Styles.SUCCESS);
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        getChildren().addAll(new VBox(2, title, seedNote), toolbar(), note, result, split, problems);
        wire();
    }

    private HBox toolbar() {
        Button undo = iconButton("editor-undo", Feather.CORNER_UP_LEFT, "pricing.editor.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = iconButton("editor-redo", Feather.CORNER_UP_RIGHT, "pricing.editor.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button add = iconButton("editor-add", Feather.PLUS, "pricing.editor.add", this::addChild);
        Button duplicate = iconButton("editor-duplicate", Feather.COPY, "pricing.editor.duplicate", this::duplicate);
        Button remove = iconButton("editor-remove", Feather.TRASH_2, "pricing.editor.remove", this::remove);
        Button up = iconButton("editor-up", Feather.ARROW_UP, "pricing.editor.up", () -> move(-1));
        Button down = iconButton("editor-down", Feather.ARROW_DOWN, "pricing.editor.down", () -> move(1));
        Button importJson = new Button(messages.get("pricing.editor.import"), new FontIcon(Feather.FILE_TEXT));
        importJson.setId("editor-import");
        importJson.setOnAction(event -> model.importJson());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button(messages.get("pricing.editor.save"), new FontIcon(Feather.CHECK));
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.savingProperty()
                .or(javafx.beans.binding.Bindings.isNotEmpty(model.problems())));
        save.setOnAction(event -> model.save());
        Button compare = new Button(null, new FontIcon(Feather.COLUMNS));
        compare.setId("editor-compare");
        // Package ids hold underscores, which a button would otherwise take for its mnemonic.
        compare.setMnemonicParsing(false);
        compare.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("pricing.editor.compare", model.sourceProperty().get()), model.sourceProperty()));
        compare.setOnAction(event -> model.compareWithSource());
        compare.visibleProperty().bind(model.sourceProperty().isNotEmpty().and(model.readOnlyProperty().not()));
        Button copy = new Button(messages.get("pricing.editor.editAsCopy"), new FontIcon(Feather.COPY));
        copy.setId("editor-edit-copy");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setOnAction(event -> model.editAsCopy());
        copy.visibleProperty().bind(model.readOnlyProperty());
        Button afresh = new Button(messages.get("pricing.editor.afresh"), new FontIcon(Feather.FILE));
        afresh.setId("editor-afresh");
        afresh.setOnAction(event -> model.startAfresh());
        List<Button> editing = List.of(undo, redo, add, duplicate, remove, up, down, importJson, afresh, save);
        for (Button button : editing) {
            button.visibleProperty().bind(model.readOnlyProperty().not());
        }
        HBox bar = new HBox(8, undo, redo, add, duplicate, remove, up, down, importJson, afresh, spacer, compare, copy,
                save);
        for (javafx.scene.Node node : bar.getChildren()) {
            node.managedProperty().bind(node.visibleProperty());
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button iconButton(String id, Feather icon, String tooltip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(messages.get(tooltip)));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void wire() {
        model.draftProperty().addListener((obs, old, now) -> rebuild());
        // A refusal from the server changes the problems without a new draft.
        model.problems().addListener((javafx.collections.ListChangeListener<PricePackageEditorViewModel.Problem>)
                change -> showDetail());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.getValue().equals(chosen)) {
                chosen = item.getValue();
                showDetail();
            }
        });
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.INSERT) {
                addChild();
            } else if (event.getCode() == KeyCode.DELETE) {
                remove();
            } else if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(event)) {
                duplicate();
            } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                move(-1);
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                move(1);
            } else {
                return;
            }
            event.consume();
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .match(event) || new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.redo();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.undo();
                event.consume();
            }
        });
        rebuild();
    }

    private void rebuild() {
        PackageDraft draft = model.draftProperty().get();
        TreeItem<Node2> root = new TreeItem<>(Node2.ROOT);
        root.setExpanded(true);
        for (int p = 0; p < draft.products().size(); p++) {
            TreeItem<Node2> product = new TreeItem<>(new Node2(p, -1, -1));
            product.setExpanded(true);
            List<PackageDraft.Price> prices = draft.products().get(p).prices();
            for (int r = 0; r < prices.size(); r++) {
                TreeItem<Node2> price = new TreeItem<>(new Node2(p, r, -1));
                price.setExpanded(true);
                for (int a = 0; a < prices.get(r).amounts().size(); a++) {
                    price.getChildren().add(new TreeItem<>(new Node2(p, r, a)));
                }
                product.getChildren().add(price);
            }
            root.getChildren().add(product);
        }
        tree.setRoot(root);
        select(exists(chosen) ? chosen : Node2.ROOT);
        showDetail();
    }

    private boolean exists(Node2 node) {
        PackageDraft d = model.draftProperty().get();
        if (node.product() < 0) {
            return true;
        }
        if (node.product() >= d.products().size()) {
            return false;
        }
        var prices = d.products().get(node.product()).prices();
        if (node.price() < 0) {
            return true;
        }
        if (node.price() >= prices.size()) {
            return false;
        }
        return node.amount() < prices.get(node.price()).amounts().size();
    }

    private void select(Node2 node) {
        chosen = node;
        find(tree.getRoot(), node).ifPresent(item -> tree.getSelectionModel().select(item));
        showDetail();
    }

    private java.util.Optional<TreeItem<Node2>> find(TreeItem<Node2> item, Node2 node) {
        if (item == null) {
            return java.util.Optional.empty();
        }
        if (item.getValue().equals(node)) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<Node2> child : item.getChildren()) {
            var found = find(child, node);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** The node a problem's path points at ({@code products.0.prices.1.amounts.0.flat_amount}). */
    static Node2 nodeOf(String path) {
        int product = index(path, "products.");
        int price = index(path, "prices.");
        int amount = index(path, "amounts.");
        return new Node2(product, product < 0 ? -1 : price, price < 0 ? -1 : amount);
    }

    private static int index(String path, String part) {
        int at = path.indexOf(part);
        if (at < 0) {
            return -1;
        }
        String rest = path.substring(at + part.length());
        String digits = rest.replaceAll("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : -1;
    }

    private String label(Node2 node) {
        PackageDraft d = model.draftProperty().get();
        if (node.product() < 0) {
            return d.name().isBlank() ? messages.get("pricing.editor.untitled") : d.name();
        }
        if (node.product() >= d.products().size()) {
            return "";
        }
        PackageDraft.Product product = d.products().get(node.product());
        if (node.price() < 0) {
            return product.productId().isBlank() ? messages.get("pricing.editor.newProduct") : product.productId();
        }
        PackageDraft.Price price = product.prices().get(node.price());
        if (node.amount() < 0) {
            String dims = PricePackageEditorViewModel.dimensionsText(price.dimensions());
            return price.type() + (dims.isEmpty() ? "" : " · " + dims);
        }
        PackageDraft.Amount amount = price.amounts().get(node.amount());
        String flat = amount.flatMajor().isBlank() ? "" : amount.flatMajor() + " " + price.currency();
        String rate = amount.unitAmount().isBlank() ? "" : amount.unitAmount();
        String value = String.join(" + ", java.util.stream.Stream.of(rate, flat).filter(s -> !s.isEmpty()).toList());
        return (amount.name().isBlank() ? "#" + (node.amount() + 1) : amount.name())
                + (value.isEmpty() ? "" : " · " + value);
    }

    private void showDetail() {
        detail.show(chosen);
    }

    private void addChild() {
        if (chosen.product() < 0) {
            model.addProduct();
        } else if (chosen.price() < 0) {
            model.addPrice(chosen.product());
        } else {
            model.addAmount(chosen.product(), chosen.price());
        }
    }

    private void duplicate() {
        if (chosen.product() >= 0 && chosen.price() < 0) {
            model.duplicateProduct(chosen.product());
        } else if (chosen.price() >= 0 && chosen.amount() < 0) {
            model.duplicatePrice(chosen.product(), chosen.price());
        } else if (chosen.amount() >= 0) {
            model.duplicateAmount(chosen.product(), chosen.price(), chosen.amount());
        }
    }

    private void remove() {
        if (chosen.amount() >= 0) {
            model.removeAmount(chosen.product(), chosen.price(), chosen.amount());
        } else if (chosen.price() >= 0) {
            model.removePrice(chosen.product(), chosen.price());
        } else if (chosen.product() >= 0) {
            model.removeProduct(chosen.product());
        }
    }

    /** Moves the chosen node among its siblings, and keeps it chosen where it went. */
    private void move(int by) {
        Node2 was = chosen;
        Node2 to;
        if (was.product() >= 0 && was.price() < 0) {
            to = new Node2(was.product() + by, -1, -1);
            model.moveProduct(was.product(), by);
        } else if (was.price() >= 0 && was.amount() < 0) {
            to = new Node2(was.product(), was.price() + by, -1);
            model.movePrice(was.product(), was.price(), by);
        } else if (was.amount() >= 0) {
            to = new Node2(was.product(), was.price(), was.amount() + by);
            model.moveAmount(was.product(), was.price(), was.amount(), by);
        } else {
            return;
        }
        if (exists(to) && to.product() >= 0 && to.price() >= -1 && to.amount() >= -1) {
            select(to);
        }
    }

    void focusTree() {
        tree.requestFocus();
    }
}
