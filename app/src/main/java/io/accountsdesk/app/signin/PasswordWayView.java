package io.accountsdesk.app.signin;

import static io.accountsdesk.app.signin.SignInFields.field;
import static io.accountsdesk.app.signin.SignInFields.hint;
import static io.accountsdesk.app.signin.SignInFields.onlyWhen;
import static io.accountsdesk.app.signin.SignInFields.secret;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.signin.PasswordWayViewModel.Stage;
import io.accountsdesk.client.auth.OobChannel;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** E-mail and password, then the second factor, one step at a time. Binds to {@link PasswordWayViewModel}. */
final class PasswordWayView extends VBox {

    private final PasswordWayViewModel model;
    private final Messages messages;
    private final FlowPane channelButtons = new FlowPane(8, 8);
    private final HBox resendButtons = new HBox(8);

    private final javafx.beans.binding.BooleanExpression shown;

    /** @param shown whether the card shows this way: only then is one of its buttons the one Enter presses */
    PasswordWayView(PasswordWayViewModel model, Messages messages, javafx.beans.binding.BooleanExpression shown) {
        super(12);
        this.model = model;
        this.messages = messages;
        this.shown = shown;
        setId("password-way");
        channelButtons.setPrefWrapLength(424); // the card's inner width: both channels on one line where they fit
        getChildren().addAll(credentialsStep(), factorStep(), codeStep());
        model.channels().addListener((ListChangeListener<OobChannel>) change -> showChannels());
        showChannels();
    }

    private VBox credentialsStep() {
        TextField username = new TextField();
        username.setId("person-username");
        username.setPromptText("name@example.com");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = secret("person-password", model.passwordProperty(),
                messages.get("signIn.person.password"));
        password.setOnAction(event -> model.signIn());
        Button signIn = new Button(messages.get("signIn.submit"));
        signIn.setId("person-sign-in");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.defaultButtonProperty().bind(shown.and(model.stageProperty().isEqualTo(Stage.CREDENTIALS)));
        signIn.disableProperty().bind(model.busyProperty());
        signIn.setOnAction(event -> model.signIn());
        VBox step = new VBox(10,
                field(messages.get("signIn.person.username"), username, model.usernameErrorProperty()),
                field(messages.get("signIn.person.password"), password, model.passwordErrorProperty()),
                signIn);
        return onlyWhen(step, model.stageProperty().isEqualTo(Stage.CREDENTIALS));
    }

    /** Choose how the code comes: a button per channel, the authenticator app, or recovery. */
    private VBox factorStep() {
        Button authenticator = new Button(messages.get("signIn.person.mfa.useAuthenticator"),
                new FontIcon(Feather.SMARTPHONE));
        authenticator.setId("mfa-authenticator");
        authenticator.setOnAction(event -> model.useAuthenticator());
        onlyWhen(authenticator, model.recoveringProperty().not().and(model.stageProperty().isEqualTo(
                Stage.CHOOSE_FACTOR)));
        VBox step = new VBox(10, hint(model.stepTextProperty()), channelButtons, authenticator, footer());
        BooleanBinding choosing = model.stageProperty().isEqualTo(Stage.CHOOSE_FACTOR)
                .or(model.stageProperty().isEqualTo(Stage.RECOVERY));
        return onlyWhen(step, choosing);
    }

    /** The code field, with resend and switch channel beside it. */
    private VBox codeStep() {
        PasswordField code = secret("mfa-code", model.codeProperty(), messages.get("signIn.person.code"));
        code.setPromptText("123456");
        code.setOnAction(event -> model.submitCode());
        Button confirm = new Button(messages.get("signIn.person.confirm"));
        confirm.setId("mfa-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.defaultButtonProperty().bind(shown.and(model.stageProperty().isEqualTo(Stage.CODE)));
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(event -> model.submitCode());
        resendButtons.setAlignment(Pos.CENTER_LEFT);
        onlyWhen(resendButtons, model.authenticatorProperty().not());
        VBox step = new VBox(10, hint(model.stepTextProperty()),
                field(messages.get("signIn.person.code"), code, model.codeErrorProperty()),
                new HBox(8, confirm), resendButtons, footer());
        // The code field takes the focus as soon as the code is on its way.
        model.stageProperty().addListener((obs, old, stage) -> {
            if (stage == Stage.CODE) {
                code.requestFocus();
            }
        });
        return onlyWhen(step, model.stageProperty().isEqualTo(Stage.CODE));
    }

    private HBox footer() {
        Hyperlink lost = new Hyperlink(messages.get("signIn.person.lostPhone"));
        lost.getStyleClass().add("lost-phone");
        lost.setOnAction(event -> model.lostPhone());
        onlyWhen(lost, model.recoveringProperty().not());
        Hyperlink back = new Hyperlink(messages.get("signIn.person.startOver"));
        back.setOnAction(event -> model.startOver());
        HBox footer = new HBox(12, lost, back);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /** One button per channel: on the choosing steps it sends the first code, beside the code field it resends. */
    private void showChannels() {
        channelButtons.getChildren().clear();
        resendButtons.getChildren().clear();
        for (OobChannel channel : model.channels()) {
            String name = model.channelName(channel);
            Button send = new Button(messages.format("signIn.person.mfa.sendOver", name),
                    new FontIcon("sms".equals(channel.value()) ? Feather.MESSAGE_SQUARE : Feather.MAIL));
            send.setId("mfa-send-" + channel.value());
            send.disableProperty().bind(model.busyProperty());
            send.setOnAction(event -> {
                if (model.stageProperty().get() == Stage.RECOVERY) {
                    model.recover(channel);
                } else {
                    model.sendCode(channel);
                }
            });
            channelButtons.getChildren().add(send);
            Button resend = new Button(messages.format("signIn.person.mfa.resendOver", name));
            resend.setId("mfa-resend-" + channel.value());
            resend.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            resend.disableProperty().bind(model.busyProperty());
            resend.setOnAction(event -> model.sendCode(channel));
            resendButtons.getChildren().add(resend);
        }
    }
}
