package io.accountsdesk.app.access.roles;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.DraftNotice;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.Banner;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import io.accountsdesk.ui.SearchField;
import io.accountsdesk.ui.StatePane;
import io.accountsdesk.ui.Tone;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The roles: the list on the left, the role being edited on the right with its scopes grouped by area. */
final class RolesView extends VBox {

    private final RolesViewModel model;
    private final Messages messages;
    private final TableView<RolesViewModel.RoleRow> table = new TableView<>();
    private final SearchField filter = new SearchField();

    RolesView(RolesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("roles-screen");
        getStyleClass().addAll("screen", "access-roles");
        setSpacing(10);
        SplitPane split = new SplitPane(list(), editorPane());
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top(), split);
        wire();
    }

    private HBox top() {
        Label title = new Label(messages.get("roles.title"));
        title.getStyleClass().add("screen-title");
        filter.setId("roles-filter");
        filter.setPromptText(messages.get("roles.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefWidth(260);
        Button reload = new Button(messages.get("roles.refresh"), new FontIcon(Feather.REFRESH_CW));
        reload.setId("roles-reload");
        reload.setOnAction(event -> model.reload());
        Button add = new Button(messages.get("roles.new"), new FontIcon(Feather.PLUS));
        add.setId("roles-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> model.newRole());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, filter, spacer, reload, add);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private StatePane list() {
        table.setId("roles-table");
        table.setItems(model.rows());
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("roles.column.name"), RolesViewModel.RoleRow::name),
                Columns.text(messages.get("roles.column.access"), row -> messages.get(row.writes()
                        ? "roles.access.writes" : "roles.access.reads")),
                Columns.text(messages.get("roles.column.scopes"), row -> String.join(", ", row.scope()))));
        Label empty = new Label(messages.get("roles.filtered"));
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        StatePane state = new StatePane(table);
        state.stateProperty().bind(model.stateProperty());
        state.loadingTextProperty().set(messages.get("roles.loading"));
        state.emptyTitleProperty().set(messages.get("roles.empty.title"));
        state.emptyTextProperty().set(messages.get("roles.empty.text"));
        state.errorTitleProperty().set(messages.get("roles.error.title"));
        state.errorTextProperty().bind(model.errorProperty());
        state.retryTextProperty().set(messages.get("common.retry"));
        state.setOnRetry(model::reload);
        return state;
    }

    private VBox editorPane() {
        RoleEditor editor = model.editor();
        Label heading = new Label();
        heading.setId("roles-editor-title");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(model.editorTitleProperty());

        Banner warning = new Banner();
        warning.setId("roles-warning");
        warning.setTone(Tone.WARNING);
        warning.setIcon(Feather.ALERT_TRIANGLE);
        warning.setAlignment(Pos.CENTER_LEFT);
        warning.getLabel().setWrapText(true);
        warning.getLabel().textProperty().bind(editor.warningProperty());
        warning.visibleProperty().bind(editor.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        FormGrid grid = new FormGrid();
        TextField name = FormInputs.text(editor.name(), "roles-name");
        FieldDecoration.bind(name, editor.name().errorProperty());
        grid.addRow(editor.name().label(), name, editor.name().errorProperty());
        TextField description = FormInputs.text(editor.description(), "roles-description");
        FieldDecoration.bind(description, editor.description().errorProperty());
        grid.addRow(editor.description().label(), description, editor.description().errorProperty());

        VBox box = new VBox(10, heading,
                DraftNotice.of(editor.draftNoticeProperty(), "roles-draft-notice"), warning, grid, scopes(editor),
                FormInputs.formError(editor.form(), "roles-form-error"), buttons(editor));
        box.getStyleClass().add("role-editor");
        ScrollPane scroll = FocusInView.follow(new ScrollPane(box));
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.editingProperty());
        Label hint = new Label(messages.get("roles.pick"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.visibleProperty().bind(model.editingProperty().not());
        // Outside the editor: a role that could not be read leaves no editor to show the reason in.
        StackPane stack = new StackPane(hint, scroll);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return new VBox(8, failure(model.editorErrorProperty(), "roles-editor-error"), stack);
    }

    private VBox scopes(RoleEditor editor) {
        Label heading = new Label(messages.get("roles.field.scope"));
        heading.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, heading, new ScopeChecklist(editor.scopes(), messages, "roles"));
    }

    private HBox buttons(RoleEditor editor) {
        Button save = new Button(messages.get("roles.save"), new FontIcon(Feather.CHECK));
        save.setId("roles-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(editor.form().busyProperty());
        save.setOnAction(event -> model.save());
        Button delete = new Button(messages.get("roles.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("roles-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> model.delete());
        Button close = new Button(messages.get("common.close"));
        close.setId("roles-close");
        close.setOnAction(event -> model.closeEditor());
        HBox buttons = new HBox(8, save, delete, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        delete.disableProperty().bind(model.deletableProperty().not());
        return buttons;
    }

    private static Label failure(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private void wire() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(model.editor().roleId())) {
                model.open(now);
            }
        });
        // A new role or a closed editor leaves no row chosen, so choosing the last one again opens it again.
        Runnable unselect = () -> {
            if (!model.editingProperty().get() || model.editor().isNew()) {
                table.getSelectionModel().clearSelection();
            }
        };
        model.editingProperty().addListener((obs, was, now) -> unselect.run());
        model.editorTitleProperty().addListener((obs, was, now) -> unselect.run());
    }

    void focusFilter() {
        filter.requestFocus();
    }
}
