package io.accountsdesk.app.core.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One input of a form: its value, the value it started from (so it knows whether it is dirty), its validators and
 * the message it shows. A client-side message appears once the user has changed the field or tried to save; a
 * message from the server stays until the value changes, because it describes the value that was sent.
 *
 * @param <T> the value's type ({@code String} for text inputs and choices)
 */
public final class FormField<T> {

    private final String path;
    private final String label;
    private final Function<T, String> display;
    private final List<Validator<? super T>> validators = new ArrayList<>();
    private final ObjectProperty<T> value;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Function<String, T> parse;
    private T initial;
    private String clientMessage;
    private String serverMessage;
    private boolean shown;

    /**
     * @param path    where the field sits in the request body, as the server names it in {@code errors[]}
     *                ({@code company.phone_number})
     * @param label   the field's name as the form shows it, for messages and the review of changes
     * @param display the value as text, for the review of changes and drafts
     */
    public FormField(String path, String label, T initial, Function<T, String> display) {
        this.path = Objects.requireNonNull(path, "path");
        this.label = Objects.requireNonNull(label, "label");
        this.display = display;
        this.initial = initial;
        this.value = new SimpleObjectProperty<>(this, "value", initial);
        value.addListener((obs, old, now) -> {
            serverMessage = null;
            shown = true;
            refresh();
        });
        refresh();
    }

    /** A text input: {@code null} reads as empty, so an empty field over a missing value is not a change. */
    public static FormField<String> text(String path, String label, String initial) {
        return new FormField<>(path, label, initial == null ? "" : initial, text -> text == null ? "" : text)
                .draftable(text -> text);
    }

    /** Lets the field's unsaved value be kept in a draft and read back with {@code parse}. */
    public FormField<T> draftable(Function<String, T> parse) {
        this.parse = parse;
        return this;
    }

    public boolean isDraftable() {
        return parse != null;
    }

    /** Puts a value kept in a draft back, as if typed. */
    public void restore(String text) {
        if (parse != null) {
            value.set(parse.apply(text));
        }
    }

    @SafeVarargs
    public final FormField<T> validatedBy(Validator<? super T>... checks) {
        validators.addAll(List.of(checks));
        refresh();
        return this;
    }

    /** Starts over from {@code newInitial}: not dirty, no messages. */
    public void reset(T newInitial) {
        initial = newInitial;
        serverMessage = null;
        shown = false;
        value.set(newInitial);
        shown = false;
        refresh();
    }

    /**
     * Moves what the field started from to {@code newInitial} (the server's value now), keeping what the user typed:
     * a field they changed stays changed, one they did not follows the server.
     */
    public void rebase(T newInitial) {
        boolean changed = isDirty();
        initial = newInitial;
        if (!changed) {
            boolean wasShown = shown;
            value.set(newInitial);
            shown = wasShown;
        }
        refresh();
    }

    /** Shows the client-side message even before the user touched the field (a save was attempted). */
    public void reveal() {
        shown = true;
        refresh();
    }

    /** The server refused the value that was sent; the message stays until the value changes. */
    public void serverError(String message) {
        serverMessage = message;
        refresh();
    }

    /** Runs the validators again, for checks that depend on another field (an org. number on its country). */
    public void revalidate() {
        refresh();
    }

    private void refresh() {
        clientMessage = null;
        for (Validator<? super T> validator : validators) {
            String message = validator.check(value.get());
            if (message != null) {
                clientMessage = message;
                break;
            }
        }
        valid.set(clientMessage == null);
        dirty.set(!Objects.equals(normal(value.get()), normal(initial)));
        String shownMessage = serverMessage != null ? serverMessage : shown && clientMessage != null ? clientMessage : "";
        error.set(shownMessage);
    }

    private Object normal(T any) {
        return any instanceof String text ? text.strip() : any;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    public T initial() {
        return initial;
    }

    public void set(T newValue) {
        value.set(newValue);
    }

    public String displayValue() {
        return display.apply(value.get());
    }

    public String displayInitial() {
        return display.apply(initial);
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Whether the client-side checks pass (a server message does not count: the next send may succeed). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The message to show on the field, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "FormField[" + path + "]";
    }
}
