package io.accountsdesk.app.access.clients;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The one time a client secret is shown: masked until asked, copyable, and gone once the user says it is stored. */
final class SecretPanel extends VBox {

    private final OneTimeSecret secret;
    private final Messages messages;

    SecretPanel(OneTimeSecret secret, Messages messages) {
        super(8);
        this.secret = secret;
        this.messages = messages;
        setId("client-secret-panel");
        getStyleClass().add("secret-once");
        visibleProperty().bind(secret.presentProperty());
        managedProperty().bind(visibleProperty());

        Label title = new Label();
        title.setId("client-secret-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setGraphic(new FontIcon(Feather.KEY));
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                secret.origin() == OneTimeSecret.Origin.ROTATED ? "apiClients.secret.title.rotated"
                        : "apiClients.secret.title.created", secret.clientNameProperty().get(),
                secret.clientIdProperty().get()), secret.clientNameProperty(), secret.clientIdProperty(),
                secret.presentProperty()));
        Label text = new Label(messages.get("apiClients.secret.once"));
        text.setWrapText(true);
        getChildren().addAll(title, text, valueRow(), stored());
    }

    private HBox valueRow() {
        PasswordField masked = new PasswordField();
        masked.setId("client-secret-masked");
        masked.setEditable(false);
        masked.textProperty().bind(secret.secretProperty());
        masked.setAccessibleText(messages.get("apiClients.secret.field"));
        SecretText revealed = new SecretText();
        revealed.setId("client-secret-revealed");
        revealed.textProperty().bind(secret.secretProperty());
        revealed.setAccessibleText(messages.get("apiClients.secret.field"));
        revealed.getStyleClass().add("secret-value");
        masked.visibleProperty().bind(secret.revealedProperty().not());
        revealed.visibleProperty().bind(secret.revealedProperty());
        StackPane value = new StackPane(masked, revealed);
        HBox.setHgrow(value, Priority.ALWAYS);

        Button show = new Button();
        show.setId("client-secret-show");
        show.textProperty().bind(Bindings.when(secret.revealedProperty())
                .then(messages.get("apiClients.secret.hide")).otherwise(messages.get("apiClients.secret.show")));
        show.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(secret.revealedProperty().get()
                ? Feather.EYE_OFF : Feather.EYE), secret.revealedProperty()));
        show.setOnAction(event -> secret.toggleReveal());
        Button copy = new Button(messages.get("common.copy"), new FontIcon(Feather.COPY));
        copy.setId("client-secret-copy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(secret.value());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("apiClients.secret.copied"));
        });
        secret.presentProperty().addListener((obs, was, now) -> copy.setText(messages.get("common.copy")));
        HBox row = new HBox(8, value, show, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox stored() {
        Button stored = new Button(messages.get("apiClients.secret.stored"), new FontIcon(Feather.CHECK));
        stored.setId("client-secret-stored");
        stored.getStyleClass().add(Styles.ACCENT);
        stored.setOnAction(event -> {
            // The clipboard would otherwise keep the secret for whatever is pasted next, anywhere.
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (clipboard.hasString() && clipboard.getString().equals(secret.value())) {
                clipboard.clear();
            }
            secret.stored();
        });
        Label never = new Label(messages.get("apiClients.secret.never"));
        never.getStyleClass().add("muted");
        never.setWrapText(true);
        HBox row = new HBox(12, stored, never);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
