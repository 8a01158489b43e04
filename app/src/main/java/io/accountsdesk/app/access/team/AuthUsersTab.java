package io.accountsdesk.app.access.team;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.PeopleInputs;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.Columns;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Username/password users: create one; set a new password and second factor, rename or delete one by name. */
final class AuthUsersTab extends ScrollPane {

    private final AuthUsersModel model;
    private final Messages messages;

    AuthUsersTab(AuthUsersModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("team-auth-users");
        setFitToWidth(true);
        VBox left = new VBox(10, heading("authUsers.create.title"), create(), heading("authUsers.known.title"),
                known());
        left.setMinWidth(500);
        left.setPrefWidth(500);
        VBox right = new VBox(10, heading("authUsers.change.title"), change());
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(28, left, right);
        body.getStyleClass().add("tab-body");
        setContent(body);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private VBox create() {
        FormGrid grid = new FormGrid();
        TextField username = FormInputs.text(model.username(), "auth-create-username");
        FieldDecoration.bind(username, model.username().errorProperty());
        grid.addRow(model.username().label(), username, model.username().errorProperty());
        addFields(grid, model.created(), "auth-create");
        Button create = new Button(messages.get("authUsers.create"), new FontIcon(Feather.USER_PLUS));
        create.setId("auth-create-submit");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.createForm().busyProperty());
        create.setOnAction(event -> model.create());
        return new VBox(8, grid, PeopleInputs.checklist(model.created().checklist(), "auth-create-rules"),
                FormInputs.formError(model.createForm(), "auth-create-error"), create);
    }

    private void addFields(FormGrid grid, AuthUserFields fields, String id) {
        grid.addRow(fields.password().label(), PeopleInputs.secret(fields.password(), id + "-password"),
                fields.password().errorProperty());
        grid.addRow(fields.repeat().label(), PeopleInputs.secret(fields.repeat(), id + "-repeat"),
                fields.repeat().errorProperty());
        grid.addRow(fields.phone().label(), text(fields.phone(), id + "-phone", "+4799999999"),
                fields.phone().errorProperty());
        grid.addRow(fields.email().label(), text(fields.email(), id + "-email", "name@example.com"),
                fields.email().errorProperty());
        CheckBox sms = FormInputs.check(fields.sms(), fields.sms().label(), id + "-mfa-sms");
        CheckBox email = FormInputs.check(fields.emailCodes(), fields.emailCodes().label(), id + "-mfa-email");
        grid.addRow(messages.get("authUsers.mfa"), new HBox(12, sms, email));
    }

    private static TextField text(FormField<String> field, String id, String prompt) {
        TextField input = FormInputs.text(field, id);
        input.setPromptText(prompt);
        FieldDecoration.bind(input, field.errorProperty());
        return input;
    }

    private TableView<AuthUserRow> known() {
        TableView<AuthUserRow> table = new TableView<>(model.known());
        table.setId("auth-known");
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(messages.get("authUsers.column.username"), AuthUserRow::username),
                Columns.text(messages.get("authUsers.column.factors"), AuthUserRow::factors),
                Columns.date(messages.get("authUsers.column.updated"), AuthUserRow::updated,
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale()))));
        Label empty = new Label(messages.get("authUsers.known.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        table.setPrefHeight(180);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.pick(now));
        return table;
    }

    private VBox change() {
        Label hint = new Label(messages.get("authUsers.change.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        FormGrid grid = new FormGrid();
        grid.addRow(model.target().label(), text(model.target(), "auth-target", "name@example.com"),
                model.target().errorProperty());
        addFields(grid, model.changed(), "auth-change");
        Button update = new Button(messages.get("authUsers.update"), new FontIcon(Feather.KEY));
        update.setId("auth-change-submit");
        update.disableProperty().bind(model.changeForm().busyProperty());
        update.setOnAction(event -> model.update());
        FormGrid rename = new FormGrid();
        rename.addRow(model.newUsername().label(), text(model.newUsername(), "auth-rename-username", ""),
                model.newUsername().errorProperty());
        Button renameButton = new Button(messages.get("authUsers.rename"), new FontIcon(Feather.EDIT_2));
        renameButton.setId("auth-rename-submit");
        renameButton.disableProperty().bind(model.renameForm().busyProperty());
        renameButton.setOnAction(event -> model.rename());
        Button delete = new Button(messages.get("authUsers.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("auth-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> model.delete());
        return new VBox(8, hint, grid, PeopleInputs.checklist(model.changed().checklist(), "auth-change-rules"),
                FormInputs.formError(model.changeForm(), "auth-change-error"), update,
                heading("authUsers.rename.title"), rename, FormInputs.formError(model.renameForm(), "auth-rename-error"),
                new HBox(8, renameButton, delete));
    }
}
