package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.forms.FormField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Inputs bound both ways to a form's fields: what the user types is the field's value, and a reset shows at once. */
public final class FormInputs {

    private FormInputs() {
    }

    public static TextField text(FormField<String> field, String id) {
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(field.valueProperty());
        return input;
    }

    public static TextArea area(FormField<String> field, String id) {
        TextArea input = new TextArea();
        input.setId(id);
        input.setWrapText(true);
        input.textProperty().bindBidirectional(field.valueProperty());
        return input;
    }

    public static CheckBox check(FormField<Boolean> field, String text, String id) {
        CheckBox input = new CheckBox(text);
        input.setId(id);
        input.selectedProperty().bindBidirectional(field.valueProperty());
        return input;
    }

    /**
     * A choice among the seed's enum values; {@code optional} adds "none" (empty). A value the server sent that the
     * seed does not list is offered too, so showing an account never changes it.
     */
    public static ComboBox<String> choice(FormField<String> field, List<String> values, boolean optional,
                                          Function<String, String> label, String noneText, String id) {
        List<String> items = new ArrayList<>();
        if (optional) {
            items.add("");
        }
        items.addAll(values);
        ComboBox<String> input = new ComboBox<>();
        input.setId(id);
        input.getItems().setAll(items);
        input.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? noneText : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        field.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !input.getItems().contains(now)) {
                input.getItems().add(now);
            }
        });
        if (field.value() != null && !input.getItems().contains(field.value())) {
            input.getItems().add(field.value());
        }
        input.valueProperty().bindBidirectional(field.valueProperty());
        input.setMaxWidth(Double.MAX_VALUE);
        return input;
    }

    /** What the form as a whole has to say (a server's refusal that names no field), taking room only when it does. */
    public static javafx.scene.control.Label formError(io.accountsdesk.app.core.forms.Form form, String id) {
        javafx.scene.control.Label error = new javafx.scene.control.Label();
        error.setId(id);
        error.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        error.setWrapText(true);
        // Wrapped whole beside a scroll pane that takes every spare pixel, never cut to "…".
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.textProperty().bind(form.formErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    /** What a sent form answered, in a read-only field so it can be selected and copied; hidden until there is one. */
    public static TextField result(javafx.beans.value.ObservableStringValue text, String id) {
        TextField result = new TextField();
        result.setId(id);
        result.setEditable(false);
        result.textProperty().bind(text);
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.managedProperty());
        return result;
    }
}
