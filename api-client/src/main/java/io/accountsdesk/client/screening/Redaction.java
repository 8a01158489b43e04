package io.accountsdesk.client.screening;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code toString()} for screening records that hold identity numbers (national id, SSN, passport, driver's licence,
 * date of birth) or account and tax numbers. Such records end up in log lines, exception messages and debugger
 * views; those must show the record's shape without the numbers that identify a person.
 */
public final class Redaction {

    /** What a hidden value prints as. An absent value still prints as {@code null}, which reveals nothing. */
    public static final String MASK = "<redacted>";

    private Redaction() {
    }

    /**
     * The record's usual {@code Name[a=1, b=2]} form with the named components masked. A name that is not a
     * component fails at once, so renaming a component cannot silently un-hide it.
     */
    public static String toString(Record record, Set<String> hidden) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        if (!names.containsAll(hidden)) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component among "
                    + hidden + " that is not in " + names);
        }
        StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
            if (i > 0) {
                out.append(", ");
            }
            out.append(component.getName()).append('=')
                    .append(value != null && hidden.contains(component.getName()) ? MASK : value);
        }
        return out.append(']').toString();
    }
}
