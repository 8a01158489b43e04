package io.accountsdesk.app.signin;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sign-in card's pieces: a labelled field with its error under it, a wrapped hint, a secret field. */
final class SignInFields {

    private SignInFields() {
    }

    /** A wrapped label must be allowed its full height, or JavaFX cuts it with an ellipsis instead of wrapping. */
    static Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Label hint(ObservableStringValue text) {
        Label hint = new Label();
        hint.textProperty().bind(text);
        hint.getStyleClass().add("muted");
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        return wrap(hint);
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("muted");
        return wrap(hint);
    }

    /**
     * A field for a password or a code, bound both ways to {@code value}. Its accessible text is its label, never
     * what was typed, so a screen reader or an accessibility dump does not read a secret out.
     */
    static PasswordField secret(String id, StringProperty value, String accessibleName) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(accessibleName);
        field.setAccessibleRole(AccessibleRole.PASSWORD_FIELD);
        return field;
    }

    static Node field(String label, TextInputControl input, StringProperty error) {
        Label name = new Label(label);
        name.setLabelFor(input);
        if (input.getAccessibleText() == null) {
            input.setAccessibleText(label);
        }
        Label message = new Label();
        message.getStyleClass().add("field-error");
        wrap(message);
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setId(input.getId() + "-error");
        error.addListener((obs, old, value) -> input.pseudoClassStateChanged(Styles.STATE_DANGER,
                value != null && !value.isEmpty()));
        return new VBox(4, name, input, message);
    }

    /** Shown only while {@code when} holds, and taking no room otherwise. */
    static <T extends Node> T onlyWhen(T node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }
}
