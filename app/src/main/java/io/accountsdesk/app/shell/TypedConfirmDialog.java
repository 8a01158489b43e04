package io.accountsdesk.app.shell;

import io.accountsdesk.app.core.Messages;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Confirmation for what cannot be undone where it matters most: the confirm button works only once the user has
 * typed the word shown (an account id). Copying it in is possible but deliberate; pressing Enter by habit is not
 * enough.
 */
final class TypedConfirmDialog extends Dialog<Boolean> {

    TypedConfirmDialog(String title, String message, String word, String confirmLabel, Messages messages) {
        setHeaderText(title);
        getDialogPane().getStyleClass().add("typed-confirm");

        Label explanation = new Label(message);
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        Label instruction = new Label(messages.format("dialog.typed.instruction", word));
        instruction.setWrapText(true);
        instruction.getStyleClass().add("typed-confirm-instruction");
        TextField typed = new TextField();
        typed.setId("typed-confirmation");
        typed.setPromptText(word);
        VBox content = new VBox(10, explanation, instruction, typed);
        getDialogPane().setContent(content);

        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(go, cancel);
        Node goButton = getDialogPane().lookupButton(go);
        goButton.setId("typed-confirm-go");
        goButton.getStyleClass().add("danger");
        goButton.disableProperty().bind(typed.textProperty().isNotEqualTo(word));
        setResultConverter(button -> button == go && word.equals(typed.getText()));
        Platform.runLater(typed::requestFocus);
    }
}
