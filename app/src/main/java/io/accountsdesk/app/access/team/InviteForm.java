package io.accountsdesk.app.access.team;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.client.users.UserRole;
import java.util.List;

/**
 * Inviting a person ({@code POST /accounts/{oid}/management/users}): their e-mail address (required, where the
 * service sends the invitation), their name, and the role they get. The seed's lengths: at most 255 characters.
 */
public final class InviteForm {

    private final Form form;
    private final FormField<String> email;
    private final FormField<String> name;
    private final FormField<String> role;

    InviteForm(Messages messages) {
        Validators validators = new Validators(messages);
        form = Form.forNew(messages);
        email = form.add(FormField.text("email", messages.get("team.invite.email"), ""))
                .validatedBy(validators.required(), validators.email(), validators.maxLength(255));
        name = form.add(FormField.text("name", messages.get("team.invite.name"), ""))
                .validatedBy(validators.maxLength(255));
        role = form.add(FormField.text("roles", messages.get("team.invite.role"), ""))
                .validatedBy(validators.required());
    }

    void clear() {
        email.reset("");
        name.reset("");
        role.reset("");
        form.clearFormError();
    }

    /** The invitation the form holds, as sent: the address and name stripped, a blank name left out. */
    public NewAccountUser request() {
        return new NewAccountUser(email.value().strip(), name.value().isBlank() ? null : name.value().strip(), null,
                null, List.of(new UserRole.Ref(role.value())), null);
    }

    public Form form() {
        return form;
    }

    public FormField<String> email() {
        return email;
    }

    public FormField<String> name() {
        return name;
    }

    /** The id of the role to give. */
    public FormField<String> role() {
        return role;
    }
}
