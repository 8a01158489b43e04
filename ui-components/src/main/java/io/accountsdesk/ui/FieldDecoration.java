package io.accountsdesk.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Marks a form field as wrong while its error message is set: ControlsFX's error decoration on the field's corner, a
 * red border (style class {@code field-invalid}) and the message as the field's tooltip. The message comes from the
 * view model, which decides what is wrong (a pattern, a length, the server's answer), so the field never judges its
 * own value; the decoration only follows the message.
 */
public final class FieldDecoration {

    /** Style class of a control whose error message is set. */
    public static final String INVALID = "field-invalid";

    private static final String ERROR_KEY = FieldDecoration.class.getName() + ".error";
    private static final String LISTENER_KEY = FieldDecoration.class.getName() + ".listener";
    private static final String OWN_TOOLTIP_KEY = FieldDecoration.class.getName() + ".ownTooltip";

    static {
        // ControlsFX validates the value of the controls it knows (text, combo, date…). Any other control is
        // validated on its error message instead, found through this marker.
        ValueExtractor.addObservableValueExtractor(
                control -> control.getProperties().get(ERROR_KEY) instanceof ObservableValue<?>,
                control -> (ObservableValue<?>) control.getProperties().get(ERROR_KEY));
    }

    private FieldDecoration() {
    }

    /** Decorates {@code control} whenever {@code error} holds a message, and removes it all when it is empty. */
    public static void bind(Control control, ObservableStringValue error) {
        control.getProperties().put(ERROR_KEY, error);
        ValidationSupport support = new ValidationSupport();
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, message(error), Severity.ERROR, !message(error).isEmpty()));
        // Decorate at once: a message that is already there (a server error) must show without an edit first.
        support.initInitialDecoration();
        // The message usually lives in a view model that may outlive this view; the control holds the listener and
        // the message only a weak reference to it, so a closed form can be collected.
        InvalidationListener follow = observable -> {
            support.revalidate(control);
            mark(control, message(error));
        };
        control.getProperties().put(LISTENER_KEY, follow);
        error.addListener(new WeakInvalidationListener(follow));
        mark(control, message(error));
    }

    /** Whether {@code control} is marked as wrong now. */
    public static boolean isInvalid(Control control) {
        return control.getStyleClass().contains(INVALID);
    }

    private static String message(ObservableStringValue error) {
        String value = error.get();
        return value == null ? "" : value.strip();
    }

    /** The border and tooltip follow the message at once; a field's own tooltip comes back when it is fixed. */
    private static void mark(Control control, String message) {
        boolean invalid = !message.isEmpty();
        if (invalid && !control.getStyleClass().contains(INVALID)) {
            control.getStyleClass().add(INVALID);
        } else if (!invalid) {
            control.getStyleClass().remove(INVALID);
        }
        if (invalid) {
            if (!control.getProperties().containsKey(OWN_TOOLTIP_KEY)) {
                control.getProperties().put(OWN_TOOLTIP_KEY, control.getTooltip());
            }
            Tooltip tooltip = control.getTooltip();
            if (tooltip == null || tooltip == control.getProperties().get(OWN_TOOLTIP_KEY)) {
                tooltip = new Tooltip();
                tooltip.getStyleClass().add("field-error-tooltip");
                control.setTooltip(tooltip);
            }
            tooltip.setText(message);
        } else if (control.getProperties().containsKey(OWN_TOOLTIP_KEY)) {
            control.setTooltip((Tooltip) control.getProperties().remove(OWN_TOOLTIP_KEY));
        }
    }
}
