package io.accountsdesk.app.signin;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.session.Environment;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sign-in card. Binds to {@link SignInViewModel}; each field shows its own error right under it. */
public final class SignInView extends StackPane {

    private static final double CARD_WIDTH = 480;

    public SignInView(SignInViewModel model, Messages messages) {
        getStyleClass().add("sign-in-backdrop");
        setId("sign-in");

        Label title = new Label(messages.get("signIn.title"));
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(messages.get("signIn.subtitle"));
        subtitle.getStyleClass().add("screen-subtitle");
        wrap(subtitle);

        ToggleGroup environments = new ToggleGroup();
        VBox choices = new VBox(6);
        for (Environment environment : Environment.values()) {
            String key = "environment." + environment.name().toLowerCase(Locale.ROOT);
            RadioButton choice = new RadioButton(messages.get(key));
            choice.setId("env-" + environment.name().toLowerCase(Locale.ROOT));
            choice.setUserData(environment);
            choice.setToggleGroup(environments);
            Label hint = new Label(messages.get(key + ".hint"));
            hint.getStyleClass().add("muted");
            wrap(hint);
            VBox option = new VBox(2, choice, hint);
            hint.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
            choices.getChildren().add(option);
            if (environment == model.environmentProperty().get()) {
                environments.selectToggle(choice);
            }
        }
        environments.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.environmentProperty().set((Environment) toggle.getUserData());
            }
        });
        model.environmentProperty().addListener((obs, old, value) -> environments.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == value).findFirst().ifPresent(environments::selectToggle));

        TextField baseUrl = new TextField();
        baseUrl.setId("base-url");
        baseUrl.setPromptText("http://127.0.0.1:8080/v1");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        Node baseUrlField = field(messages.get("signIn.baseUrl"), baseUrl, model.baseUrlErrorProperty());
        baseUrlField.visibleProperty().bind(model.baseUrlNeededProperty());
        baseUrlField.managedProperty().bind(baseUrlField.visibleProperty());

        TextField partnerId = new TextField();
        partnerId.setId("partner-id");
        partnerId.setPromptText("T12300000");
        partnerId.textProperty().bindBidirectional(model.partnerIdProperty());
        TextField clientId = new TextField();
        clientId.setId("client-id");
        clientId.textProperty().bindBidirectional(model.clientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("client-secret");
        secret.textProperty().bindBidirectional(model.clientSecretProperty());
        VBox credentials = new VBox(10,
                field(messages.get("signIn.partnerId"), partnerId, model.partnerIdErrorProperty()),
                field(messages.get("signIn.clientId"), clientId, model.clientIdErrorProperty()),
                field(messages.get("signIn.clientSecret"), secret, model.clientSecretErrorProperty()));
        credentials.visibleProperty().bind(model.credentialsNeededProperty());
        // Nothing can change under a sign-in that is already on its way.
        credentials.disableProperty().bind(model.busyProperty());
        choices.disableProperty().bind(model.busyProperty());
        baseUrl.disableProperty().bind(model.busyProperty());
        credentials.managedProperty().bind(credentials.visibleProperty());

        Label formError = new Label();
        formError.setId("form-error");
        formError.getStyleClass().add("form-error");
        wrap(formError);
        formError.setMaxWidth(Double.MAX_VALUE);
        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        formError.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));

        Button signIn = new Button(messages.get("signIn.submit"));
        signIn.setId("sign-in");
        signIn.setDefaultButton(true);
        signIn.getStyleClass().add("accent");
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(event -> model.signIn());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty());
        Label busy = new Label();
        busy.textProperty().bind(model.busyTextProperty());
        busy.getStyleClass().add("muted");
        busy.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, signIn, spinner, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(title, subtitle, choices, baseUrlField, credentials, formError, actions);
        card.getStyleClass().add("sign-in-card");
        card.setFillWidth(true);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        // Anchored at the top: when credential fields appear the card grows downwards, so the option just clicked
        // stays under the pointer instead of jumping.
        setAlignment(Pos.TOP_CENTER);
        setPadding(new javafx.geometry.Insets(72, 16, 16, 16));
        getChildren().add(card);
    }

    /** A wrapped label must be allowed its full height, or JavaFX cuts it with an ellipsis instead of wrapping. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Node field(String label, TextInputControl input, StringProperty error) {
        Label name = new Label(label);
        name.setLabelFor(input);
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
}
