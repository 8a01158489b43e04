package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Remember me on this computer" box of the sign-in card, with why it is disabled when it is. */
final class RememberMeBox extends VBox {

    RememberMeBox(RememberMeViewModel model, Messages messages) {
        super(2);
        setId("remember-me-box");
        CheckBox remember = new CheckBox(messages.get("remember.label"));
        remember.setId("remember-me");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        remember.disableProperty().bind(model.availableProperty().not());
        Label hint = wrapped(new Label(messages.get("remember.hint")), "remember-me-hint");
        hint.visibleProperty().bind(model.availableProperty());
        Label reason = wrapped(new Label(), "remember-me-unavailable");
        reason.textProperty().bind(model.unavailableReasonProperty());
        reason.visibleProperty().bind(model.unavailableReasonProperty().isNotEmpty());
        Label note = wrapped(new Label(), "remember-me-note");
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        getStyleClass().add("remember-me");
        getChildren().addAll(remember, hint, reason, note);
    }

    private static Label wrapped(Label label, String id) {
        label.setId(id);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
