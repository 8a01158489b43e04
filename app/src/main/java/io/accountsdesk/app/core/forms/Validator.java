package io.accountsdesk.app.core.forms;

/** Checks one value: {@code null} when it is fine, otherwise the message to show on the field. */
@FunctionalInterface
public interface Validator<T> {

    String check(T value);
}
