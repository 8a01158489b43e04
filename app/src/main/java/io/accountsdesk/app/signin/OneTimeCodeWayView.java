package io.accountsdesk.app.signin;

import static io.accountsdesk.app.signin.SignInFields.field;
import static io.accountsdesk.app.signin.SignInFields.hint;
import static io.accountsdesk.app.signin.SignInFields.onlyWhen;
import static io.accountsdesk.app.signin.SignInFields.secret;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.signin.OneTimeCodeWayViewModel.Stage;
import io.accountsdesk.client.auth.PasswordlessConnection;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** E-mail address, where to send the code, then the code. Binds to {@link OneTimeCodeWayViewModel}. */
final class OneTimeCodeWayView extends VBox {

    private final OneTimeCodeWayViewModel model;
    private final Messages messages;

    private final javafx.beans.binding.BooleanExpression shown;

    /** @param shown whether the card shows this way: only then is one of its buttons the one Enter presses */
    OneTimeCodeWayView(OneTimeCodeWayViewModel model, Messages messages,
                       javafx.beans.binding.BooleanExpression shown) {
        super(12);
        this.model = model;
        this.messages = messages;
        this.shown = shown;
        setId("code-way");
        getChildren().addAll(requestStep(), codeStep());
    }

    private VBox requestStep() {
        TextField email = new TextField();
        email.setId("code-email");
        email.setPromptText("name@example.com");
        email.textProperty().bindBidirectional(model.emailProperty());
        email.setOnAction(event -> model.sendCode());

        ToggleGroup over = new ToggleGroup();
        RadioButton byEmail = new RadioButton(messages.get("signIn.code.byEmail"));
        byEmail.setId("code-by-email");
        byEmail.setUserData(PasswordlessConnection.EMAIL);
        RadioButton bySms = new RadioButton(messages.get("signIn.code.bySms"));
        bySms.setId("code-by-sms");
        bySms.setUserData(PasswordlessConnection.SMS);
        byEmail.setToggleGroup(over);
        bySms.setToggleGroup(over);
        over.selectToggle(PasswordlessConnection.SMS.equals(model.channelProperty().get()) ? bySms : byEmail);
        over.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.channelProperty().set((PasswordlessConnection) toggle.getUserData());
            }
        });
        HBox channels = new HBox(16, byEmail, bySms);

        Button send = new Button(messages.get("signIn.code.send"), new FontIcon(Feather.SEND));
        send.setId("code-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.defaultButtonProperty().bind(shown.and(model.stageProperty().isEqualTo(Stage.REQUEST)));
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(event -> model.sendCode());
        VBox step = new VBox(10,
                field(messages.get("signIn.person.username"), email, model.emailErrorProperty()),
                channels, new HBox(10, send, countdown()));
        return onlyWhen(step, model.stageProperty().isEqualTo(Stage.REQUEST));
    }

    private VBox codeStep() {
        PasswordField code = secret("code-code", model.codeProperty(), messages.get("signIn.person.code"));
        code.setPromptText("123456");
        code.setOnAction(event -> model.submitCode());
        Button confirm = new Button(messages.get("signIn.person.confirm"));
        confirm.setId("code-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.defaultButtonProperty().bind(shown.and(model.stageProperty().isEqualTo(Stage.CODE)));
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(event -> model.submitCode());
        Button again = new Button(messages.get("signIn.code.sendAgain"));
        again.setId("code-send-again");
        again.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        again.disableProperty().bind(model.canSendProperty().not());
        again.setOnAction(event -> model.sendCode());
        Hyperlink other = new Hyperlink(messages.get("signIn.code.other"));
        other.setId("code-other");
        other.setOnAction(event -> model.startOver());
        HBox actions = new HBox(10, confirm, again, countdown(), other);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox step = new VBox(10, hint(model.sentTextProperty()),
                field(messages.get("signIn.person.code"), code, model.codeErrorProperty()), actions);
        model.stageProperty().addListener((obs, old, stage) -> {
            if (stage == Stage.CODE) {
                code.requestFocus();
            }
        });
        return onlyWhen(step, model.stageProperty().isEqualTo(Stage.CODE));
    }

    /** "You can ask again in N s", ticking down; nothing while the server would send a code. */
    private Label countdown() {
        Label wait = new Label();
        wait.getStyleClass().add("code-countdown");
        wait.setGraphic(new FontIcon(Feather.CLOCK));
        wait.textProperty().bind(model.waitTextProperty());
        wait.setMaxHeight(Double.MAX_VALUE);
        return onlyWhen(wait, model.retryInProperty().greaterThan(0));
    }
}
