package io.accountsdesk.app.access;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.access.PasswordChecklist.Rule;
import io.accountsdesk.ui.FieldDecoration;
import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inputs the people screens share: masked secret fields, the password checklist, and shown-once results. */
public final class PeopleInputs {

    private PeopleInputs() {
    }

    /**
     * A masked input bound to a secret field. Its accessible text is the field's name only: a screen reader never
     * reads the value (JavaFX's password field does not expose it either).
     */
    public static PasswordField secret(FormField<String> field, String id) {
        PasswordField input = new PasswordField();
        input.setId(id);
        input.textProperty().bindBidirectional(field.valueProperty());
        input.setAccessibleText(field.label());
        input.setPromptText(field.label());
        FieldDecoration.bind(input, field.errorProperty());
        return input;
    }

    /** The rules a new password must meet, each ticked or crossed as the user types. */
    public static VBox checklist(PasswordChecklist checklist, String id) {
        VBox box = new VBox(2);
        box.setId(id);
        box.getStyleClass().add("password-checklist");
        Runnable fill = () -> {
            box.getChildren().clear();
            for (Rule rule : checklist.rules()) {
                Label line = new Label(rule.text(), new FontIcon(rule.met() ? Feather.CHECK_CIRCLE : Feather.CIRCLE));
                line.setId(id + "-" + rule.id());
                line.getStyleClass().add(rule.met() ? "rule-met" : "rule-unmet");
                line.setAccessibleRole(AccessibleRole.TEXT);
                line.setAccessibleText(rule.text() + ": " + (rule.met() ? "✓" : "✗"));
                box.getChildren().add(line);
            }
        };
        checklist.rules().addListener((ListChangeListener<Rule>) change -> fill.run());
        fill.run();
        return box;
    }

    /** A copy button that puts {@code text} on the clipboard. */
    public static Button copy(Supplier<String> text, Messages messages, String id) {
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId(id);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return copy;
    }

    /**
     * A result shown once (a code, a URL with a token): read-only, selectable, with copy and "I have stored it",
     * which clears it; hidden while there is none. The field's accessible text names it without reading it out.
     */
    public static VBox shownOnce(ObservableStringValue value, String title, String accessibleName, Runnable stored,
                                 Messages messages, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label warning = new Label(messages.get("access.shownOnce"));
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        TextField field = new TextField();
        field.setId(id + "-value");
        field.setEditable(false);
        field.getStyleClass().add("secret-result");
        field.textProperty().bind(value);
        field.setAccessibleText(accessibleName);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = copy(value::get, messages, id + "-copy");
        Button done = new Button(messages.get("access.stored"), new FontIcon(Feather.CHECK));
        done.setId(id + "-stored");
        done.setOnAction(event -> stored.run());
        HBox row = new HBox(8, field, copy, done);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, warning, row);
        box.setId(id);
        box.getStyleClass().add("shown-once");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> value.get() != null && !value.get().isEmpty(), value));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
