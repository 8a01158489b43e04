package io.accountsdesk.app.access.me;

import io.accountsdesk.app.access.SecretField;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.users.TotpAssociation;
import io.accountsdesk.client.users.TotpMfaUpdate;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Turning the authenticator app on, in the two steps the server takes: a new secret (shown as the {@code otpauth://}
 * URI a QR code carries, and as text in groups of four for typing by hand), then the first code the app computes
 * from it, which switches TOTP on. The secret is a credential: it is dropped when TOTP is on, when the user cancels,
 * and when they leave the screen.
 */
public final class TotpEnrolment {

    private static final Pattern CODE = Pattern.compile("^\\d{6}$");

    private final SessionServices services;
    private final Messages messages;
    private final Runnable switchedOn;
    private final Form form;
    private final FormField<String> code;
    private final ReadOnlyStringWrapper uri = new ReadOnlyStringWrapper(this, "uri", "");
    private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper(this, "secret", "");
    private final javafx.beans.binding.StringBinding groupedSecret = javafx.beans.binding.Bindings.createStringBinding(
            () -> grouped(secret.get()), secret);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param switchedOn what to do once TOTP is on (read the profile again) */
    TotpEnrolment(SessionServices services, Runnable switchedOn) {
        this.services = services;
        this.messages = services.messages();
        this.switchedOn = switchedOn;
        this.form = Form.forNew(messages);
        code = form.add(SecretField.of("user_code", messages.get("me.totp.code")));
        code.validatedBy(value -> value == null || !CODE.matcher(value.strip()).matches()
                ? messages.get("me.totp.codeFormat") : null);
    }

    /** Asks the server for a new secret and shows it; nothing is in force yet. */
    public void start() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        form.clearFormError();
        services.tasks().run(BackgroundTask.of(messages.get("me.totp.task.start"),
                        task -> services.api(task).users().associateTotp())
                .onSuccess(this::show)
                .onFailure(failure -> form.showMessage(messages.format("me.totp.error.start",
                        services.errors().describe(failure))))
                .onFinished(() -> busy.set(false)));
    }

    private void show(TotpAssociation association) {
        uri.set(association.barcodeUri() == null ? "" : association.barcodeUri());
        secret.set(association.secret() == null ? "" : association.secret());
        code.reset("");
        active.set(true);
    }

    /** Sends the first code; TOTP is on when the server accepts it. */
    public void confirm() {
        if (!active.get() || busy.get()) {
            return;
        }
        code.reveal();
        if (!code.validProperty().get()) {
            return;
        }
        String typed = SecretField.read(code).strip();
        code.reset("");
        busy.set(true);
        services.tasks().run(BackgroundTask.of(messages.get("me.totp.task.confirm"), task -> {
                    services.api(task).users().updateTotpMfa(TotpMfaUpdate.enable(typed));
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    cancel();
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("me.totp.on"));
                    switchedOn.run();
                })
                .onFailure(failure -> {
                    if (form.showServerErrors(failure) > 0) {
                        form.showMessage(messages.get("me.totp.tryNextCode"));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Forgets the secret shown; the server keeps it pending, unused, until the next start. */
    public void cancel() {
        uri.set("");
        secret.set("");
        code.reset("");
        form.clearFormError();
        active.set(false);
    }

    /** The secret in groups of four ({@code ABCD EFGH …}), as people copy it into an app by hand. */
    public static String grouped(String base32) {
        StringBuilder out = new StringBuilder();
        String plain = base32 == null ? "" : base32.replace(" ", "");
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(plain.charAt(i));
        }
        return out.toString();
    }

    /** The {@code otpauth://} URI for the QR code; empty when no enrolment is under way. */
    public ReadOnlyStringProperty uriProperty() {
        return uri.getReadOnlyProperty();
    }

    /** The secret as the server gave it (base32); empty when no enrolment is under way. */
    public ReadOnlyStringProperty secretProperty() {
        return secret.getReadOnlyProperty();
    }

    /** The secret in groups of four, for typing into an app by hand; empty when no enrolment is under way. */
    public javafx.beans.binding.StringBinding groupedSecretProperty() {
        return groupedSecret;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public FormField<String> code() {
        return code;
    }

    public Form form() {
        return form;
    }
}
