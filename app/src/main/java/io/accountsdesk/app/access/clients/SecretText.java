package io.accountsdesk.app.access.clients;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TextField;

/**
 * A read-only field that shows a secret the user asked to see, but tells assistive technology only its accessible
 * text (what it is), never the secret: screen readers and accessibility bridges log and relay what they read.
 */
final class SecretText extends TextField {

    SecretText() {
        setEditable(false);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case TEXT -> getAccessibleText();
            case SELECTION_START, SELECTION_END, CARET_OFFSET -> 0;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
