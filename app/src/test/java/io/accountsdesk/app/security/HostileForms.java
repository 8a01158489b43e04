package io.accountsdesk.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.accountsdesk.app.core.forms.Form;
import io.accountsdesk.app.core.forms.FormField;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.statistics.Statistics;

/**
 * The property every form must keep under hostile typing, checked over the form's own {@link Form#fields()}, so a
 * field added later is covered without touching a test:
 * <ol>
 *   <li>typing any text into any text field never throws (nor does what listens to it);</li>
 *   <li>a field whose checks reject what was typed says so on that field, in words;</li>
 *   <li>submitting never throws; when the form's checks reject it, nothing reaches the sandbox (its own access log
 *       is read) and the user sees a message;</li>
 *   <li>whatever is sent, the sandbox never fails on it with a 5xx.</li>
 * </ol>
 */
public final class HostileForms {

    private HostileForms() {
    }

    /** The fields holding text (not check boxes, not a role's list of scopes), in the form's order. */
    @SuppressWarnings("unchecked")
    public static List<FormField<String>> textFields(Form form) {
        return form.fields().stream()
                .filter(field -> field.initial() instanceof String || field.value() instanceof String)
                .map(field -> (FormField<String>) field)
                .toList();
    }

    /**
     * Types {@code typing} into the text fields of {@code form} ({@code fields}, a subset when a form has fields the
     * user never types in), then runs {@code submit} and checks the property.
     */
    public static void probe(Form form, List<FormField<String>> fields, List<HostileText.Typing> typing,
                             Runnable submit, HostileRequests requests) {
        assertThat(fields).as("a form with text fields").isNotEmpty();
        for (HostileText.Typing typed : typing) {
            FormField<String> field = fields.get(Math.floorMod(typed.field(), fields.size()));
            String before = field.value();
            assertThatCode(() -> field.set(typed.text())).as("typing into %s", field.path()).doesNotThrowAnyException();
            if (!Objects.equals(before, typed.text()) && !field.validProperty().get()) {
                assertThat(field.errorProperty().get()).as("the message on %s, which rejects %s", field.path(), typed)
                        .isNotBlank();
            }
        }
        boolean rejected = !form.validProperty().get();
        long writes = requests.writes();
        Statistics.label("checks").collect(rejected ? "rejected" : "passed");
        assertThatCode(submit::run).as("submitting after %s", typing).doesNotThrowAnyException();
        if (rejected) {
            assertThat(requests.writes()).as("what was sent although the checks rejected %s", typing)
                    .isEqualTo(writes);
            boolean said = form.fields().stream().anyMatch(field -> !field.errorProperty().get().isBlank())
                    || !form.formErrorProperty().get().isBlank();
            assertThat(said).as("a message after a rejected %s", typing).isTrue();
        } else {
            Statistics.label("sent").collect(requests.writes() > writes ? "sent" : "not sent");
        }
        assertThat(requests.serverErrors()).as("the sandbox failing on what was sent").isEmpty();
    }

    /** {@link #probe} over every text field of the form. */
    public static void probe(Form form, List<HostileText.Typing> typing, Runnable submit, HostileRequests requests) {
        probe(form, textFields(form), typing, submit, requests);
    }
}
