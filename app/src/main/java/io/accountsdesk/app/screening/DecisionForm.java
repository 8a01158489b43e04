package io.accountsdesk.app.screening;

import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import io.accountsdesk.app.core.forms.Validators;
import java.util.Arrays;
import java.util.List;

/**
 * A reviewer's decision: clear, escalate or decline, why, and which screening it rests on. All three are required:
 * a decision without its reason or its evidence cannot be shown later for what it was.
 */
final class DecisionForm {

    private final Form form;
    final FormField<String> outcome;
    final FormField<String> reason;
    /** {@code match:19962026120700001} or {@code vmss:SRCH00001}: the register and the reference. */
    final FormField<String> reference;

    DecisionForm(Messages messages) {
        form = Form.forNew(messages);
        Validators check = new Validators(messages);
        outcome = form.add(FormField.text("outcome", messages.get("screening.decision.outcome"), ""))
                .validatedBy(check.required(), check.oneOf(Arrays.stream(Outcome.values()).map(Outcome::id).toList()));
        reason = form.add(FormField.text("reason", messages.get("screening.decision.reason"), ""))
                .validatedBy(check.required(), check.minLength(5), check.maxLength(2000));
        reference = form.add(FormField.text("reference", messages.get("screening.decision.reference"), ""))
                .validatedBy(check.required());
    }

    Form form() {
        return form;
    }

    static String referenceValue(Register register, String reference) {
        return register.id() + ":" + reference;
    }

    ScreeningEvent.Decision decision() {
        String value = java.util.Objects.requireNonNullElse(reference.value(), "").strip();
        int colon = value.indexOf(':');
        Register register = Register.of(colon < 0 ? "match" : value.substring(0, colon));
        String ref = colon < 0 ? value : value.substring(colon + 1);
        return new ScreeningEvent.Decision(Outcome.of(outcome.value()).orElseThrow(), register, ref, reason.value());
    }

    void clear(List<String> references) {
        outcome.reset("");
        reason.reset("");
        reference.reset(references.isEmpty() ? "" : references.get(0));
    }
}
