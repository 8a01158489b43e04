package io.accountsdesk.app.access.me;

import io.accountsdesk.app.access.PasswordChecklist;
import io.accountsdesk.app.access.SecretField;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.users.PasswordChange;

/**
 * Changing one's own password ({@code POST /account/user/password}): the current password, the new one twice, the
 * rules checked as the user types, and the server's refusal (a wrong current password) on its field. The three
 * fields are emptied once the change is sent, whatever the answer: a password never waits in memory for a retry.
 */
public final class PasswordChangeForm {

    private final SessionServices services;
    private final Messages messages;
    private final Form form;
    private final FormField<String> current;
    private final FormField<String> proposed;
    private final FormField<String> repeat;
    private final PasswordChecklist checklist;

    PasswordChangeForm(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.form = Form.forNew(messages);
        current = form.add(SecretField.of("previous_password", messages.get("me.password.current")));
        proposed = form.add(SecretField.of("proposed_password", messages.get("me.password.new")));
        repeat = form.add(SecretField.of("repeat", messages.get("me.password.repeat")));
        current.validatedBy(value -> value == null || value.isEmpty() ? messages.get("validation.required") : null);
        checklist = new PasswordChecklist(messages, current, proposed, repeat);
    }

    /** Sends the change when every rule is met; otherwise shows what is missing on the fields. */
    public void submit() {
        form.validateAll();
        if (!checklist.allMet() || !form.validProperty().get() || form.busyProperty().get()) {
            current.reveal();
            proposed.reveal();
            repeat.reveal();
            if (!checklist.allMet()) {
                form.showMessage(messages.get("me.password.rulesNotMet"));
            }
            return;
        }
        PasswordChange change = new PasswordChange(SecretField.read(current), SecretField.read(proposed));
        clear();
        form.busyProperty().set(true);
        services.tasks().run(BackgroundTask.of(messages.get("me.password.task"), task -> {
                    services.api(task).users().changePassword(change);
                    return Boolean.TRUE;
                })
                .onSuccess(done -> services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                        messages.get("me.password.changed")))
                .onFailure(failure -> {
                    form.showServerErrors(failure);
                    // The fields are empty again: the message says what to fix before typing them anew.
                    if (form.formErrorProperty().get().equals(messages.get("form.error.fields"))) {
                        form.showMessage(messages.get("me.password.typeAgain"));
                    }
                })
                .onFinished(() -> form.busyProperty().set(false)));
    }

    /** Empties the three fields (sent, or the user leaves the screen). */
    void clear() {
        current.reset("");
        proposed.reset("");
        repeat.reset("");
    }

    public Form form() {
        return form;
    }

    public FormField<String> current() {
        return current;
    }

    public FormField<String> proposed() {
        return proposed;
    }

    public FormField<String> repeat() {
        return repeat;
    }

    public PasswordChecklist checklist() {
        return checklist;
    }
}
