package io.accountsdesk.app.approvals;

import io.accountsdesk.app.core.forms.FormField;
import java.util.List;

/**
 * One input of an approvals form as the view lays it out, under the section it belongs to.
 *
 * @param choices the values a {@link Kind#CHOICE} offers
 */
public record FormInput(String section, FormField<?> field, String id, Kind kind, List<String> choices) {

    /** How the input is shown. */
    public enum Kind { TEXT, AREA, CHOICE, CHECK }

    public FormInput {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    @SuppressWarnings("unchecked")
    public FormField<String> text() {
        return (FormField<String>) field;
    }

    @SuppressWarnings("unchecked")
    public FormField<Boolean> flag() {
        return (FormField<Boolean>) field;
    }
}
