package io.accountsdesk.app.access.team;

import io.accountsdesk.app.access.PasswordChecklist;
import io.accountsdesk.app.access.SecretField;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.authusers.AuthUserLink;
import io.accountsdesk.client.authusers.AuthUserMfa;
import io.accountsdesk.client.users.SmsMfaUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * What creating an auth user and setting a new password share: the password twice (the seed's rule checked as the
 * user types), the links codes go to, and the second-factor channels, which need those links.
 */
public final class AuthUserFields {

    private final Messages messages;
    private final Form form;
    private final FormField<String> password;
    private final FormField<String> repeat;
    private final FormField<String> phone;
    private final FormField<String> email;
    private final FormField<Boolean> sms;
    private final FormField<Boolean> emailCodes;
    private final PasswordChecklist checklist;

    AuthUserFields(Messages messages, Form form) {
        this.messages = messages;
        this.form = form;
        Validators validators = new Validators(messages);
        password = form.add(SecretField.of("password", messages.get("authUsers.password")));
        repeat = form.add(SecretField.of("repeat", messages.get("authUsers.repeat")));
        checklist = new PasswordChecklist(messages, null, password, repeat);
        phone = form.add(FormField.text("links.phone_number", messages.get("authUsers.phone"), ""))
                .validatedBy(validators.pattern(SmsMfaUpdate.PHONE_NUMBER, "+4799999999"));
        email = form.add(FormField.text("links.email", messages.get("authUsers.email"), ""))
                .validatedBy(validators.email());
        sms = form.add(new FormField<>("mfa.sms", messages.get("authUsers.mfaSms"), false, String::valueOf));
        emailCodes = form.add(new FormField<>("mfa.email", messages.get("authUsers.mfaEmail"), false,
                String::valueOf));
        // The seed: "links is required when MFA is enabled"; a channel with nowhere to send to is refused.
        phone.validatedBy(value -> Boolean.TRUE.equals(sms.value()) && (value == null || value.isBlank())
                ? messages.get("authUsers.phoneForSms") : null);
        sms.valueProperty().addListener((obs, old, now) -> phone.revalidate());
        form.alias("links", phone);
        form.alias("mfa", sms);
    }

    /** Whether the password rules are met and every field passes; shows what does not. */
    boolean ready() {
        password.reveal();
        repeat.reveal();
        boolean valid = form.validateAll();
        if (!checklist.allMet()) {
            form.showMessage(messages.get("me.password.rulesNotMet"));
            return false;
        }
        return valid;
    }

    /** The links typed, or {@code null} when none (the server then keeps what it has). */
    List<AuthUserLink> links() {
        List<AuthUserLink> links = new ArrayList<>();
        if (!phone.value().isBlank()) {
            links.add(AuthUserLink.phone(phone.value().strip()));
        }
        if (!email.value().isBlank()) {
            links.add(AuthUserLink.email(email.value().strip()));
        }
        return links.isEmpty() ? null : links;
    }

    /**
     * The second factor ticked, or {@code null} when none is: the seed's {@code oob_channels} needs at least one, and
     * a field left out keeps what the user has.
     */
    AuthUserMfa mfa() {
        List<OobChannel> channels = new ArrayList<>();
        if (Boolean.TRUE.equals(sms.value())) {
            channels.add(OobChannel.SMS);
        }
        if (Boolean.TRUE.equals(emailCodes.value())) {
            channels.add(OobChannel.EMAIL);
        }
        return channels.isEmpty() ? null : AuthUserMfa.oob(channels);
    }

    /** The password, read once to be sent; the fields are emptied at once. */
    String takePassword() {
        String typed = SecretField.read(password);
        password.reset("");
        repeat.reset("");
        return typed;
    }

    void clear() {
        password.reset("");
        repeat.reset("");
        phone.reset("");
        email.reset("");
        sms.reset(false);
        emailCodes.reset(false);
    }

    public FormField<String> password() {
        return password;
    }

    public FormField<String> repeat() {
        return repeat;
    }

    public FormField<String> phone() {
        return phone;
    }

    public FormField<String> email() {
        return email;
    }

    public FormField<Boolean> sms() {
        return sms;
    }

    public FormField<Boolean> emailCodes() {
        return emailCodes;
    }

    public PasswordChecklist checklist() {
        return checklist;
    }
}
