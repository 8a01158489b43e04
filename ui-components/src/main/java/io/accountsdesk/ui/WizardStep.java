package io.accountsdesk.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One page of a {@link Wizard}.
 *
 * @param title shown in the step indicator
 * @param content the page itself
 * @param valid whether the page's input lets the user go on; Next stays disabled while it is false
 */
public record WizardStep(String title, Node content, ObservableBooleanValue valid) {

    public WizardStep {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(valid, "valid");
    }

    /** A page that never holds the user back, such as a summary. */
    public WizardStep(String title, Node content) {
        this(title, content, Bindings.createBooleanBinding(() -> true));
    }
}
