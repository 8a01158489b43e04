package io.accountsdesk.app.access.me;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.PeopleInputs;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FormGrid;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The change of password: three masked fields, the rules ticked as the user types, and the button. */
final class PasswordSection extends VBox {

    private final PasswordField current;

    PasswordSection(PasswordChangeForm form, Messages messages) {
        setSpacing(8);
        setId("me-password");
        current = PeopleInputs.secret(form.current(), "me-password-current");
        PasswordField proposed = PeopleInputs.secret(form.proposed(), "me-password-new");
        PasswordField repeat = PeopleInputs.secret(form.repeat(), "me-password-repeat");
        FormGrid grid = new FormGrid();
        grid.addRow(form.current().label(), current, form.current().errorProperty());
        grid.addRow(form.proposed().label(), proposed, form.proposed().errorProperty());
        grid.addRow(form.repeat().label(), repeat, form.repeat().errorProperty());
        Button change = new Button(messages.get("me.password.submit"), new FontIcon(Feather.KEY));
        change.setId("me-password-submit");
        change.getStyleClass().add(Styles.ACCENT);
        change.disableProperty().bind(form.form().busyProperty());
        change.setOnAction(event -> form.submit());
        repeat.setOnAction(event -> form.submit());
        getChildren().addAll(grid, PeopleInputs.checklist(form.checklist(), "me-password-rules"),
                FormInputs.formError(form.form(), "me-password-error"), change);
    }

    void focusFirst() {
        current.requestFocus();
    }
}
