package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * A connection whose status a partner sets through {@code POST .../connections/{connection}/events}: the seed
 * enumerates these for that path ({@code payex.creditcard} is deprecated there in favour of {@code payex}).
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record ConnectionName(String value) implements OpenEnum {

    public static final ConnectionName INSTABANK = new ConnectionName("instabank");
    public static final ConnectionName VIPPS = new ConnectionName("vipps");
    public static final ConnectionName PAYEX_CREDITCARD = new ConnectionName("payex.creditcard");
    public static final ConnectionName PAYEX = new ConnectionName("payex");
    public static final ConnectionName COLLECTOR = new ConnectionName("collector");
    public static final ConnectionName SWISH = new ConnectionName("swish");
    public static final ConnectionName BAMBORA = new ConnectionName("bambora");

    /** The values the seed lists, in the seed's order. */
    public static final List<ConnectionName> KNOWN = List.of(INSTABANK, VIPPS, PAYEX_CREDITCARD, PAYEX, COLLECTOR,
            SWISH, BAMBORA);

    @JsonCreator
    public static ConnectionName of(String value) {
        return value == null ? null : new ConnectionName(value);
    }

    @Override
    public List<ConnectionName> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
