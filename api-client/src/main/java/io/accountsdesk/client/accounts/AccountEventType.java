package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * The kind of an account event. The seed names only comments so far.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record AccountEventType(String value) implements OpenEnum {

    public static final AccountEventType COMMENT = new AccountEventType("comment");

    /** The values the seed lists, in the seed's order. */
    public static final List<AccountEventType> KNOWN = List.of(COMMENT);

    @JsonCreator
    public static AccountEventType of(String value) {
        return value == null ? null : new AccountEventType(value);
    }

    @Override
    public List<AccountEventType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
