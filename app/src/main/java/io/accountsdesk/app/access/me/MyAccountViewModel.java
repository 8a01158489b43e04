package io.accountsdesk.app.access.me;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.users.MfaStatus;
import io.accountsdesk.client.users.SmsMfaUpdate;
import io.accountsdesk.client.users.TotpMfaUpdate;
import io.accountsdesk.client.users.UserProfile;
import io.accountsdesk.ui.ContentState;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * My account ({@code /account/user}, rows 79-82): the signed-in person's profile and the accounts they reach, a
 * change of password, and their second factors (SMS codes, an authenticator app). These operations act on the person
 * the token names, so an API client's session has nothing here: the screen says so and calls nothing.
 */
public final class MyAccountViewModel implements ScreenModel {

    public static final String SCREEN = "my-account";

    private final SessionServices services;
    private final Messages messages;
    private final boolean person;
    private final PasswordChangeForm password;
    private final TotpEnrolment totp;
    private final Form smsForm;
    private final FormField<String> phone;
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(this, "who", "");
    private final ReadOnlyStringWrapper userId = new ReadOnlyStringWrapper(this, "userId", "");
    private final ReadOnlyBooleanWrapper smsOn = new ReadOnlyBooleanWrapper(this, "smsOn");
    private final ReadOnlyBooleanWrapper totpOn = new ReadOnlyBooleanWrapper(this, "totpOn");
    private final ReadOnlyStringWrapper smsText = new ReadOnlyStringWrapper(this, "smsText", "");
    private final ReadOnlyStringWrapper totpText = new ReadOnlyStringWrapper(this, "totpText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Cancellable loading = Cancellable.NONE;
    private boolean loaded;

    public MyAccountViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.person = services.session().person().isPresent();
        this.password = new PasswordChangeForm(services);
        this.totp = new TotpEnrolment(services, this::reload);
        this.smsForm = Form.forNew(messages);
        this.phone = smsForm.add(FormField.text("phone_number", messages.get("me.sms.phone"), ""));
        phone.validatedBy(new Validators(messages).pattern(SmsMfaUpdate.PHONE_NUMBER, "+4791234567"));
        who.set(services.session().person().map(p -> p.username()).orElse(""));
        if (!person) {
            // Nothing to read: the screen is its explanation of how to sign in as oneself.
            state.set(ContentState.READY);
        }
    }

    @Override
    public void activate(Place place) {
        if (person && !loaded) {
            reload();
        }
    }

    /** Leaving drops what must not linger: a TOTP secret on show and any typed password. */
    @Override
    public void deactivate() {
        totp.cancel();
        password.clear();
    }

    @Override
    public void dispose() {
        loading.cancel();
        deactivate();
    }

    /** Whether the session is a person's; an API client's session has no profile, password or second factor. */
    public boolean isPerson() {
        return person;
    }

    /** Reads the profile again. */
    public void reload() {
        if (!person) {
            return;
        }
        loading.cancel();
        error.set("");
        if (!loaded) {
            state.set(ContentState.LOADING);
        }
        loading = services.tasks().run(messages.get("me.task.load"),
                task -> services.api(task).users().profile(),
                this::show,
                failure -> {
                    error.set(messages.format("me.error.load", services.errors().describe(failure)));
                    state.set(ContentState.ERROR);
                });
    }

    private void show(UserProfile profile) {
        loaded = true;
        userId.set(profile.id() == null ? "" : profile.id());
        MfaStatus mfa = profile.configuration() == null ? null : profile.configuration().mfa();
        MfaStatus.Method sms = mfa == null ? null : mfa.sms();
        MfaStatus.Method app = mfa == null ? null : mfa.totp();
        smsOn.set(sms != null && Boolean.TRUE.equals(sms.enabled()));
        totpOn.set(app != null && Boolean.TRUE.equals(app.enabled()));
        smsText.set(describe(sms));
        totpText.set(describe(app));
        List<Membership> rows = profile.accounts() == null ? List.of() : profile.accounts().stream()
                .map(m -> new Membership(m.accountId(), m.name(), m.user() == null || m.user().scope() == null ? ""
                        : String.join(", ", m.user().scope()), m.user() == null ? null : m.user().lastSeenAt()))
                .toList();
        memberships.setAll(rows);
        state.set(ContentState.READY);
    }

    private String describe(MfaStatus.Method method) {
        boolean on = method != null && Boolean.TRUE.equals(method.enabled());
        String base = messages.get(on ? "me.mfa.on" : "me.mfa.off");
        if (method == null || method.updatedAt() == null) {
            return base;
        }
        return messages.format("me.mfa.since", base, method.updatedAt().format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())));
    }

    /** Turns SMS codes on, to the number typed. */
    public void enableSms() {
        phone.reveal();
        if (phone.value().isBlank()) {
            phone.serverError(messages.get("me.sms.phoneNeeded"));
            return;
        }
        if (!phone.validProperty().get()) {
            return;
        }
        String number = phone.value().strip();
        sendSms(SmsMfaUpdate.enable(number), "me.sms.turnedOn");
    }

    /** Turns SMS codes off, after the user confirms (typing in production). */
    public void disableSms() {
        if (!services.confirmDestructive(messages.get("me.sms.off.title"), messages.get("me.sms.off.message"),
                messages.get("me.mfa.offWord"), messages.get("me.sms.off.confirm"))) {
            return;
        }
        sendSms(SmsMfaUpdate.disable(), "me.sms.turnedOff");
    }

    private void sendSms(SmsMfaUpdate update, String doneKey) {
        busy.set(true);
        smsForm.clearFormError();
        services.tasks().run(BackgroundTask.of(messages.get("me.sms.task"), task -> {
                    services.api(task).users().updateSmsMfa(update);
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    phone.reset("");
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get(doneKey));
                    reload();
                })
                .onFailure(smsForm::showServerErrors)
                .onFinished(() -> busy.set(false)));
    }

    /** Turns the authenticator app off, after the user confirms (typing in production). */
    public void disableTotp() {
        if (!services.confirmDestructive(messages.get("me.totp.off.title"), messages.get("me.totp.off.message"),
                messages.get("me.mfa.offWord"), messages.get("me.totp.off.confirm"))) {
            return;
        }
        busy.set(true);
        services.tasks().run(BackgroundTask.of(messages.get("me.totp.task.off"), task -> {
                    services.api(task).users().updateTotpMfa(TotpMfaUpdate.disable());
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    services.dialogs().notify(DialogService.NoticeKind.SUCCESS, messages.get("me.totp.off"));
                    reload();
                })
                .onFailure(failure -> services.dialogs().showError(messages.get("me.totp.off.title"),
                        services.errors().describe(failure)))
                .onFinished(() -> busy.set(false)));
    }

    public PasswordChangeForm password() {
        return password;
    }

    public TotpEnrolment totp() {
        return totp;
    }

    public FormField<String> phone() {
        return phone;
    }

    public Form smsForm() {
        return smsForm;
    }

    public ObservableList<Membership> memberships() {
        return memberships;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The username the person signed in with. */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userIdProperty() {
        return userId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty smsOnProperty() {
        return smsOn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty totpOnProperty() {
        return totpOn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty smsTextProperty() {
        return smsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totpTextProperty() {
        return totpText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
