package io.accountsdesk.app.signin.oidc;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The single-sign-on way of the sign-in card: the provider's fields outside the sandbox, the button that opens the
 * browser, and while the browser is out a "waiting" line with Cancel (and, when no browser opened, the address to
 * copy). Binds to {@link OidcSignInViewModel}.
 */
public final class OidcSignInPane extends VBox {

    private final OidcSignInViewModel model;
    private final Messages messages;

    public OidcSignInPane(OidcSignInViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("oidc-way");
        getStyleClass().add("oidc-way");
        Label hint = wrapped(new Label(messages.get("oidc.hint")));
        hint.getStyleClass().add("muted");
        getChildren().addAll(hint, providerFields(), formError(), actions(), waiting(), manualUrl());
    }

    private Node providerFields() {
        TextField endpoint = new TextField();
        endpoint.setId("oidc-endpoint");
        endpoint.setPromptText("https://login.example.com/oauth2/authorize");
        endpoint.textProperty().bindBidirectional(model.authorizationEndpointProperty());
        TextField clientId = new TextField();
        clientId.setId("oidc-client-id");
        clientId.textProperty().bindBidirectional(model.oidcClientIdProperty());
        VBox fields = new VBox(10,
                field(messages.get("oidc.endpoint"), endpoint, model.authorizationEndpointErrorProperty()),
                field(messages.get("oidc.clientId"), clientId, model.oidcClientIdErrorProperty()));
        fields.visibleProperty().bind(model.providerNeededProperty());
        fields.managedProperty().bind(fields.visibleProperty());
        fields.disableProperty().bind(model.busyProperty());
        return fields;
    }

    private Node formError() {
        Label error = wrapped(new Label());
        error.setId("oidc-error");
        error.getStyleClass().add("form-error");
        error.setMaxWidth(Double.MAX_VALUE);
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(model.formErrorProperty());
        error.visibleProperty().bind(model.formErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Node actions() {
        Button signIn = new Button(messages.get("oidc.submit"), new FontIcon(Feather.EXTERNAL_LINK));
        signIn.setId("oidc-sign-in");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(event -> model.signIn());
        HBox actions = new HBox(10, signIn);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(model.waitingProperty().not());
        actions.managedProperty().bind(actions.visibleProperty());
        return actions;
    }

    private Node waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMinSize(20, 20);
        spinner.setMaxSize(20, 20);
        Label status = wrapped(new Label());
        status.setId("oidc-status");
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.get("oidc.cancel"));
        cancel.setId("oidc-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, spinner, status, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("oidc-waiting");
        box.visibleProperty().bind(model.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node manualUrl() {
        Label problem = wrapped(new Label());
        problem.setId("oidc-browser-problem");
        problem.getStyleClass().add(Styles.WARNING);
        problem.textProperty().bind(model.browserProblemProperty());
        TextField url = FormInputs.result(model.manualUrlProperty(), "oidc-manual-url");
        HBox.setHgrow(url, Priority.ALWAYS);
        Button copy = new Button(messages.get("oidc.copy"), new FontIcon(Feather.COPY));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setId("oidc-copy-url");
        copy.setOnAction(event -> copy(model.manualUrlProperty()));
        HBox row = new HBox(8, url, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, problem, row);
        box.visibleProperty().bind(model.manualUrlProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void copy(ObservableStringValue text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text.get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node field(String label, TextField input, StringProperty error) {
        Label name = new Label(label);
        name.setLabelFor(input);
        Label message = wrapped(new Label());
        message.getStyleClass().add("field-error");
        message.setId(input.getId() + "-error");
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        error.addListener((obs, old, value) -> input.pseudoClassStateChanged(Styles.STATE_DANGER,
                value != null && !value.isEmpty()));
        return new VBox(4, name, input, message);
    }
}
