package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Who may see an account event. The seed names only {@code private}.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record EventVisibility(String value) implements OpenEnum {

    public static final EventVisibility PRIVATE = new EventVisibility("private");

    /** The values the seed lists, in the seed's order. */
    public static final List<EventVisibility> KNOWN = List.of(PRIVATE);

    @JsonCreator
    public static EventVisibility of(String value) {
        return value == null ? null : new EventVisibility(value);
    }

    @Override
    public List<EventVisibility> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
