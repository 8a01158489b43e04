package io.accountsdesk.client.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The {@code toString()} of records that carry secrets (passwords, keys, tokens, codes, bank account numbers, national identity numbers): the record's
 * usual text, with the named components shown as {@value #MASK} when set. A record's text ends up in logs, exception
 * messages and debugger views, where credentials and personal identity numbers must never appear. An absent value still prints as
 * {@code null}, which reveals nothing.
 */
public final class Redacted {

    /** What a secret that is set shows as (its length is not revealed); the same mask the log redaction uses. */
    public static final String MASK = Redactor.MASK;

    private Redacted() {
    }

    /**
     * {@code record}'s text with {@code secrets} (component names) masked. A name that is not a component fails, so a
     * renamed component cannot silently become visible.
     */
    public static String toString(Record record, String... secrets) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> masked = Set.of(secrets);
        for (String secret : masked) {
            if (!names.contains(secret)) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + secret);
            }
        }
        StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : components) {
            Object value = value(record, component);
            String shown = value != null && masked.contains(component.getName()) ? MASK : String.valueOf(value);
            text.add(component.getName() + "=" + shown);
        }
        return text.toString();
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
