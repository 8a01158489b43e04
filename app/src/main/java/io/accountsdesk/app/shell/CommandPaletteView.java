package io.accountsdesk.app.shell;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The command palette's card: the box, the matches, and the server search's spinner. No logic of its own. */
final class CommandPaletteView extends VBox {

    private final CustomTextField field = new CustomTextField();
    private final ListView<PaletteItem> list;

    CommandPaletteView(CommandPaletteViewModel model, Messages messages) {
        getStyleClass().addAll("command-palette", Styles.ELEVATED_3);
        setId("command-palette");
        setMaxSize(620, USE_PREF_SIZE);
        setPrefWidth(620);

        field.setId("palette-field");
        field.setPromptText(messages.get("palette.prompt"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        ProgressIndicator searching = new ProgressIndicator();
        searching.setMaxSize(16, 16);
        searching.visibleProperty().bind(model.searchingProperty());
        field.setRight(searching);
        field.textProperty().bindBidirectional(model.queryProperty());

        list = new ListView<>(model.results());
        list.setId("palette-results");
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(360);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ItemCell(messages));
        list.setPlaceholder(new Label(messages.get("palette.empty")));
        model.selectedProperty().addListener((obs, old, index) -> {
            list.getSelectionModel().clearAndSelect(index.intValue());
            if (index.intValue() >= 0) {
                list.scrollTo(index.intValue());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedProperty().set(index.intValue());
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                model.choose(list.getSelectionModel().getSelectedItem());
            }
        });

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.searchErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setWrapText(true);

        Label hint = new Label(messages.get("palette.hint"));
        hint.getStyleClass().addAll("muted", Styles.TEXT_SMALL);

        getChildren().addAll(field, list, error, hint);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case DOWN -> model.moveSelection(1);
                case UP -> model.moveSelection(-1);
                case ENTER -> model.chooseSelected();
                case ESCAPE -> model.close();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private static final class ItemCell extends ListCell<PaletteItem> {
        private final FontIcon icon = new FontIcon();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label shortcut = new Label();
        private final HBox layout;

        ItemCell(Messages messages) {
            detail.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
            shortcut.getStyleClass().addAll("key-hint");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            layout = new HBox(10, icon, title, detail, spacer, shortcut);
            layout.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(switch (item.kind()) {
                case SCREEN -> Feather.LAYOUT;
                case VIEW -> Feather.FILTER;
                case ACTION -> Feather.ZAP;
                case ACCOUNT -> Feather.BRIEFCASE;
            });
            title.setText(item.title());
            detail.setText(item.detail());
            shortcut.setText(KeyNames.describe(item.shortcut()));
            shortcut.setVisible(item.shortcut() != null);
            setGraphic(layout);
        }
    }
}
