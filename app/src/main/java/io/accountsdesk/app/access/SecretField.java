package io.accountsdesk.app.access;

import io.accountsdesk.app.core.forms.FormField;

/**
 * Form fields that hold a password or a one-time code. They are never drafted (a draft is a file on disk), show as
 * dots in a review of changes and in {@code toString}, and are emptied by the view model as soon as they are sent.
 */
public final class SecretField {

    private static final String MASK = "••••••••";

    private SecretField() {
    }

    /** A secret input at {@code path} (as the server names it in {@code errors[]}). */
    public static FormField<String> of(String path, String label) {
        return new FormField<>(path, label, "", value -> value == null || value.isEmpty() ? "" : MASK);
    }

    /** The typed value, or empty: the value is read once, to be sent. */
    public static String read(FormField<String> field) {
        return field.value() == null ? "" : field.value();
    }
}
