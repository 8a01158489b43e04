package io.accountsdesk.app.core.forms;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A set of {@link FormField}s that save together: whether any changed, whether all are valid, whether it can be
 * saved now, the review of what will change, and where a server's 400 lands. Each {@code errors[]} entry goes to
 * the field whose path it names; whatever names no field becomes the form's own message, so nothing the server
 * said is lost.
 */
public final class Form {

    private final Messages messages;
    private final ErrorMessages errors;
    private final List<FormField<?>> fields = new ArrayList<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final BooleanBinding canSave;

    private final boolean checksAll;
    private final Map<String, FormField<?>> aliases = new LinkedHashMap<>();

    /** A form that edits what exists: only what the user changed must pass (see {@link #validProperty()}). */
    public Form(Messages messages) {
        this(messages, false);
    }

    private Form(Messages messages, boolean checksAll) {
        this.checksAll = checksAll;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        canSave = dirty.and(valid).and(busy.not());
    }

    /** A form that makes something new (a note): every field must pass, changed or not. */
    public static Form forNew(Messages messages) {
        return new Form(messages, true);
    }

    /** Adds a field; the form's dirty and valid state follow it from now on. */
    public <T> FormField<T> add(FormField<T> field) {
        fields.add(field);
        field.valueProperty().addListener((obs, old, now) -> formError.set(""));
        field.dirtyProperty().addListener((obs, was, now) -> recompute());
        field.validProperty().addListener((obs, was, now) -> recompute());
        recompute();
        return field;
    }

    private void recompute() {
        dirty.set(fields.stream().anyMatch(FormField::isDirty));
        // Only what the user changed must pass: a value the server holds, untouched, goes back as it came, so an odd
        // stored value (a new enum word, an old format) never blocks saving something else.
        valid.set(fields.stream().allMatch(f -> !(checksAll || f.isDirty()) || f.validProperty().get()));
    }

    /**
     * Lets the server name {@code field} as {@code serverPath} in {@code errors[]}: a path parameter
     * ({@code callback_reference}) is named by itself, not where the form keeps it.
     */
    public void alias(String serverPath, FormField<?> field) {
        aliases.put(normalise(serverPath), field);
    }

    public List<FormField<?>> fields() {
        return Collections.unmodifiableList(fields);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Something changed, everything is valid, and no save is under way. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** Set while a save runs, so it cannot be started twice. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** A message for the whole form: a failure no field explains. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public void clearFormError() {
        formError.set("");
    }

    /** Shows the messages of every changed field at once (a save was attempted); says whether all of them pass. */
    public boolean validateAll() {
        fields.stream().filter(field -> checksAll || field.isDirty()).forEach(FormField::reveal);
        return valid.get();
    }

    /** A message for the whole form, in the user's words (a conflict with someone else's change, say). */
    public void showMessage(String message) {
        formError.set(message == null ? "" : message);
    }

    /** What saving now would change, in the order of the form. */
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        for (FormField<?> field : fields) {
            if (field.isDirty()) {
                changes.add(new FieldChange(field.path(), field.label(), field.displayInitial(), field.displayValue()));
            }
        }
        return changes;
    }

    /** The unsaved values worth keeping in a draft: each changed field that can be kept, by its path. */
    public Map<String, String> draftValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField<?> field : fields) {
            if (field.isDraftable() && field.isDirty()) {
                values.put(field.path(), field.displayValue());
            }
        }
        return values;
    }

    /** Puts a draft's values back into the fields it names; returns how many fields changed. */
    public int restoreDraft(Map<String, String> values) {
        int restored = 0;
        for (FormField<?> field : fields) {
            String text = values.get(field.path());
            if (text != null && field.isDraftable() && !text.equals(field.displayValue())) {
                field.restore(text);
                restored++;
            }
        }
        return restored;
    }

    /**
     * Puts a failed save where it belongs: each of a 400's {@code errors[]} on its field, the rest on the form.
     * Returns how many messages landed on fields.
     */
    public int showServerErrors(Throwable failure) {
        if (!(failure instanceof ApiException.Validation validation) || validation.errors().isEmpty()) {
            formError.set(messages.format("form.error.save", errors.describe(failure)));
            return 0;
        }
        int placed = 0;
        Map<String, String> unplaced = new LinkedHashMap<>();
        for (FieldError error : validation.errors()) {
            FormField<?> field = fieldFor(error.field());
            if (field != null) {
                field.serverError(error.message());
                placed++;
            } else {
                unplaced.put(error.field() == null ? "" : error.field(), error.message());
            }
        }
        if (unplaced.isEmpty()) {
            formError.set(messages.get("form.error.fields"));
        } else {
            List<String> lines = new ArrayList<>();
            unplaced.forEach((path, message) -> lines.add(path.isEmpty() ? message : path + ": " + message));
            formError.set(messages.format("form.error.rest", validation.getMessage(), String.join("; ", lines)));
        }
        return placed;
    }

    /**
     * The field an {@code errors[]} path names. Servers write paths in several ways ({@code body.company.email},
     * {@code /company/email}, {@code company.email}); an error on an object ({@code company.address}) goes to its
     * first field on the form.
     */
    FormField<?> fieldFor(String errorPath) {
        if (errorPath == null || errorPath.isBlank()) {
            return null;
        }
        String path = normalise(errorPath);
        if (aliases.containsKey(path)) {
            return aliases.get(path);
        }
        for (FormField<?> field : fields) {
            if (normalise(field.path()).equals(path)) {
                return field;
            }
        }
        for (FormField<?> field : fields) {
            if (normalise(field.path()).startsWith(path + ".")) {
                return field;
            }
        }
        return null;
    }

    private static String normalise(String path) {
        String p = path.strip().replace('/', '.').replaceAll("\\[(\\d+)]", ".$1");
        while (p.startsWith(".")) {
            p = p.substring(1);
        }
        for (String prefix : List.of("body.", "$.")) {
            if (p.startsWith(prefix)) {
                p = p.substring(prefix.length());
            }
        }
        return p.toLowerCase(Locale.ROOT);
    }
}
