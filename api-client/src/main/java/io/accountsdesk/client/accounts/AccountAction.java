package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Something to do right after creating an account.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record AccountAction(String value) implements OpenEnum {

    public static final AccountAction SEND_INVITE = new AccountAction("send_invite");

    /** The values the seed lists, in the seed's order. */
    public static final List<AccountAction> KNOWN = List.of(SEND_INVITE);

    @JsonCreator
    public static AccountAction of(String value) {
        return value == null ? null : new AccountAction(value);
    }

    @Override
    public List<AccountAction> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
