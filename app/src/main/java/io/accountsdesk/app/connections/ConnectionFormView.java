package io.accountsdesk.app.connections;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FocusInView;
import io.accountsdesk.ui.FieldDecoration;
import io.accountsdesk.ui.FormGrid;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One connection form: an input per field of the seed's request shape, masked for secrets, a file chooser for
 * certificates and keys, the messages on their fields, and send. Shortcut+Enter sends, Escape closes.
 */
final class ConnectionFormView extends VBox {

    private final ConnectionFormViewModel model;
    private final Messages messages;
    private Control first;

    ConnectionFormView(ConnectionFormViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        setId("connection-form");
        getStyleClass().add("connection-form");
        setSpacing(8);

        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.TITLE_4);
        Button closeButton = new Button(null, new FontIcon(Feather.X));
        closeButton.setId("connection-form-close");
        closeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        closeButton.setOnAction(event -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, closeButton);
        top.setAlignment(Pos.CENTER_LEFT);
        Label acting = new Label(model.actingOnText());
        acting.setId("connection-form-acting");
        acting.getStyleClass().add("muted");
        getChildren().addAll(top, acting);
        if (model.deprecated()) {
            Label deprecated = new Label(messages.get("connections.deprecated"));
            deprecated.setId("connection-form-deprecated");
            deprecated.getStyleClass().add(Styles.WARNING);
            deprecated.setWrapText(true);
            getChildren().add(deprecated);
        }

        FormGrid grid = new FormGrid();
        for (ConnectionField field : model.fields()) {
            addField(grid, field);
        }
        if (model.fields().isEmpty()) {
            Label nothing = new Label(messages.get("connections.noFields"));
            nothing.setWrapText(true);
            grid.addRow("", nothing);
        }
        ScrollPane scroll = FocusInView.follow(new ScrollPane(grid));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label formError = FormInputs.formError(model.form(), "connection-form-error");
        TextField result = FormInputs.result(model.resultProperty(), "connection-form-result");

        Button send = new Button(messages.get("connections.send"), new FontIcon(Feather.SEND));
        send.setId("connection-form-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setDefaultButton(false);
        send.disableProperty().bind(model.sendingProperty());
        send.setOnAction(event -> model.submit());
        Label hint = new Label(messages.get("connections.sendHint"));
        hint.getStyleClass().add("muted");
        HBox actions = new HBox(10, send, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(scroll, formError, result, actions);

        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.submit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
    }

    private void addField(FormGrid grid, ConnectionField field) {
        String id = "cf-" + field.path().replace('.', '-').replace('_', '-');
        String label = model.label(field) + (field.required() ? " *" : "");
        if (field.kind() == ConnectionField.Kind.BOOLEAN) {
            FormField<Boolean> flag = model.flag(field).orElseThrow();
            grid.addRow("", FormInputs.check(flag, model.label(field), id));
            return;
        }
        FormField<String> input = model.text(field).orElseThrow();
        Control control;
        if (field.kind().file()) {
            Button choose = new Button(messages.get("connections.file.choose"), new FontIcon(Feather.FILE));
            choose.setId(id);
            choose.setOnAction(event -> model.chooseFile(field));
            Label note = new Label();
            note.setId(id + "-note");
            note.setWrapText(true);
            note.textProperty().bind(model.fileNote(field));
            FieldDecoration.bind(choose, input.errorProperty());
            HBox file = new HBox(8, choose, note);
            file.setAlignment(Pos.BASELINE_LEFT);
            grid.addRow(label, file, input.errorProperty());
            control = choose;
        } else if (field.kind() == ConnectionField.Kind.SECRET) {
            PasswordField secret = new PasswordField();
            secret.setId(id);
            secret.textProperty().bindBidirectional(input.valueProperty());
            FieldDecoration.bind(secret, input.errorProperty());
            grid.addRow(label, secret, input.errorProperty());
            control = secret;
        } else if (field.kind() == ConnectionField.Kind.CHOICE) {
            var choice = FormInputs.choice(input, field.choices(), !field.required(), value -> value,
                    messages.get("common.none"), id);
            FieldDecoration.bind(choice, input.errorProperty());
            grid.addRow(label, choice, input.errorProperty());
            control = choice;
        } else if (field.kind() == ConnectionField.Kind.LONG_TEXT || field.kind() == ConnectionField.Kind.KEY_VALUES) {
            var area = FormInputs.area(input, id);
            area.setPrefRowCount(3);
            if (field.kind() == ConnectionField.Kind.KEY_VALUES) {
                area.setPromptText("case_id=…\nsignature_url=…");
            }
            FieldDecoration.bind(area, input.errorProperty());
            grid.addRow(label, area, input.errorProperty());
            control = area;
        } else {
            TextField text = FormInputs.text(input, id);
            FieldDecoration.bind(text, input.errorProperty());
            grid.addRow(label, text, input.errorProperty());
            control = text;
        }
        if (first == null) {
            first = control;
        }
    }

    void focusFirst() {
        if (first != null) {
            first.requestFocus();
        }
    }
}
