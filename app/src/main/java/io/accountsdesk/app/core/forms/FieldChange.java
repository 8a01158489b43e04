package io.accountsdesk.app.core.forms;

/** One line of the review before saving: which field, what it was, what it will be. */
public record FieldChange(String path, String label, String before, String after) {
}
