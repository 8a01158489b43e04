package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import io.accountsdesk.client.approvals.FormSubmitter;
import java.util.List;

/**
 * The seed's {@code form_submitter}: the signatory who finishes the application and signs it. Optional in the seed,
 * but without an e-mail nobody is told there is a form to finish, so the e-mail is asked for.
 */
final class SubmitterFields {

    final FormField<String> email;
    final FormField<String> name;
    final FormField<String> title;

    SubmitterFields(Form form, Messages messages) {
        Validators check = new Validators(messages);
        email = form.add(FormField.text("form_submitter.email", messages.get("approvals.field.submitterEmail"), "")
                .validatedBy(check.required(), check.email()));
        name = form.add(FormField.text("form_submitter.name", messages.get("approvals.field.submitterName"), ""));
        title = form.add(FormField.text("form_submitter.title", messages.get("approvals.field.submitterTitle"), ""));
    }

    List<FormInput> inputs(String section) {
        return List.of(new FormInput(section, email, "approvals-submitter-email", FormInput.Kind.TEXT, null),
                new FormInput(section, name, "approvals-submitter-name", FormInput.Kind.TEXT, null),
                new FormInput(section, title, "approvals-submitter-title", FormInput.Kind.TEXT, null));
    }

    FormSubmitter value() {
        return new FormSubmitter(email.value().strip(), blankToNull(name.value()), blankToNull(title.value()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
