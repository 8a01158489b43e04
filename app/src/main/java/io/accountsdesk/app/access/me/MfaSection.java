package io.accountsdesk.app.access.me;

import atlantafx.base.theme.Styles;
import io.accountsdesk.app.access.PeopleInputs;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.shell.FormInputs;
import io.accountsdesk.ui.FieldDecoration;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The second factors: SMS codes to a mobile number, and an authenticator app enrolled by QR code. */
final class MfaSection extends VBox {

    private static final int QR_SIZE = 200;

    private final MyAccountViewModel model;
    private final Messages messages;

    MfaSection(MyAccountViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setSpacing(14);
        getChildren().addAll(sms(), totp(), enrolment());
    }

    private VBox sms() {
        Label title = new Label(messages.get("me.sms.title"), new FontIcon(Feather.MESSAGE_SQUARE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = status(model.smsTextProperty(), "me-sms-state");
        TextField phone = FormInputs.text(model.phone(), "me-sms-phone");
        phone.setPromptText("+4791234567");
        phone.setAccessibleText(model.phone().label());
        FieldDecoration.bind(phone, model.phone().errorProperty());
        HBox.setHgrow(phone, Priority.ALWAYS);
        Button on = new Button(messages.get("me.sms.enable"));
        on.setId("me-sms-enable");
        on.setOnAction(event -> model.enableSms());
        phone.setOnAction(event -> model.enableSms());
        Button off = new Button(messages.get("me.sms.disable"));
        off.setId("me-sms-disable");
        off.getStyleClass().add(Styles.DANGER);
        off.visibleProperty().bind(model.smsOnProperty());
        off.managedProperty().bind(off.visibleProperty());
        off.setOnAction(event -> model.disableSms());
        on.disableProperty().bind(model.busyProperty());
        off.disableProperty().bind(model.busyProperty());
        HBox row = new HBox(8, phone, on, off);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.phone().errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label hint = new Label(messages.get("me.sms.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return new VBox(6, new HBox(10, title, state), hint, row, error,
                FormInputs.formError(model.smsForm(), "me-sms-error"));
    }

    private VBox totp() {
        Label title = new Label(messages.get("me.totp.title"), new FontIcon(Feather.SMARTPHONE));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = status(model.totpTextProperty(), "me-totp-state");
        Label hint = new Label(messages.get("me.totp.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Button on = new Button(messages.get("me.totp.start"), new FontIcon(Feather.SMARTPHONE));
        on.setId("me-totp-start");
        on.visibleProperty().bind(model.totpOnProperty().not().and(model.totp().activeProperty().not()));
        on.managedProperty().bind(on.visibleProperty());
        on.disableProperty().bind(model.totp().busyProperty());
        on.setOnAction(event -> model.totp().start());
        Button off = new Button(messages.get("me.totp.disable"));
        off.setId("me-totp-disable");
        off.getStyleClass().add(Styles.DANGER);
        off.visibleProperty().bind(model.totpOnProperty());
        off.managedProperty().bind(off.visibleProperty());
        off.disableProperty().bind(model.busyProperty());
        off.setOnAction(event -> model.disableTotp());
        return new VBox(6, new HBox(10, title, state), hint, new HBox(8, on, off));
    }

    /** The QR code, the same secret as text, and the first code that turns TOTP on. */
    private VBox enrolment() {
        TotpEnrolment totp = model.totp();
        ImageView qr = new ImageView();
        qr.setId("me-totp-qr");
        qr.setAccessibleText(messages.get("me.totp.qrAccessible"));
        totp.uriProperty().addListener((obs, old, uri) -> qr.setImage(uri == null || uri.isEmpty() ? null
                : QrImage.of(uri, QR_SIZE)));
        StackPane qrFrame = new StackPane(qr);
        qrFrame.getStyleClass().add("totp-qr");
        qrFrame.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);

        Label scan = new Label(messages.get("me.totp.scan"));
        scan.setWrapText(true);
        Label typeKey = new Label(messages.get("me.totp.typeKey"));
        typeKey.getStyleClass().add("muted");
        typeKey.setWrapText(true);
        TextField secret = new TextField();
        secret.setId("me-totp-secret");
        secret.setEditable(false);
        secret.getStyleClass().add("totp-secret");
        secret.textProperty().bind(totp.groupedSecretProperty());
        secret.setAccessibleText(messages.get("me.totp.secretAccessible"));
        HBox.setHgrow(secret, Priority.ALWAYS);
        HBox secretRow = new HBox(8, secret, PeopleInputs.copy(() -> totp.secretProperty().get(), messages,
                "me-totp-secret-copy"));
        secretRow.setAlignment(Pos.CENTER_LEFT);
        TextField uri = new TextField();
        uri.setId("me-totp-uri");
        uri.setEditable(false);
        uri.getStyleClass().add("muted");
        uri.textProperty().bind(totp.uriProperty());
        uri.setAccessibleText(messages.get("me.totp.uriAccessible"));
        HBox.setHgrow(uri, Priority.ALWAYS);
        HBox uriRow = new HBox(8, uri, PeopleInputs.copy(() -> totp.uriProperty().get(), messages,
                "me-totp-uri-copy"));
        uriRow.setAlignment(Pos.CENTER_LEFT);

        PasswordField code = PeopleInputs.secret(totp.code(), "me-totp-code");
        code.setPrefColumnCount(8);
        code.setOnAction(event -> totp.confirm());
        Button confirm = new Button(messages.get("me.totp.confirm"), new FontIcon(Feather.CHECK));
        confirm.setId("me-totp-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(totp.busyProperty());
        confirm.setOnAction(event -> totp.confirm());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("me-totp-cancel");
        cancel.setOnAction(event -> totp.cancel());
        Label codeLabel = new Label(totp.code().label());
        codeLabel.setLabelFor(code);
        HBox codeRow = new HBox(8, codeLabel, code, confirm, cancel);
        codeRow.setAlignment(Pos.CENTER_LEFT);
        Label codeError = new Label();
        codeError.getStyleClass().add(Styles.DANGER);
        codeError.textProperty().bind(totp.code().errorProperty());
        codeError.managedProperty().bind(codeError.textProperty().isNotEmpty());

        VBox text = new VBox(8, scan, typeKey);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox content = new HBox(16, qrFrame, text);
        VBox box = new VBox(8, content, secretRow, uriRow, codeRow, codeError);
        box.setId("me-totp-enrolment");
        box.getStyleClass().add("totp-enrolment");
        box.visibleProperty().bind(totp.activeProperty());
        box.managedProperty().bind(box.visibleProperty());
        // The code field is where the user goes next; a formError stays visible if the start failed.
        totp.activeProperty().addListener((obs, was, now) -> {
            if (now) {
                code.requestFocus();
            }
        });
        return new VBox(8, box, FormInputs.formError(totp.form(), "me-totp-error"));
    }

    private static Label status(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("muted");
        label.textProperty().bind(text);
        return label;
    }
}
