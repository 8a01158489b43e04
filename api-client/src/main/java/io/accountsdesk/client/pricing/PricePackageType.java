package io.accountsdesk.client.pricing;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * Whether a price package is a shared default or made for one account.
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record PricePackageType(String value) implements OpenEnum {

    public static final PricePackageType DEFAULT = new PricePackageType("default");
    public static final PricePackageType ACCOUNT = new PricePackageType("account");

    /** The values the seed lists, in the seed's order. */
    public static final List<PricePackageType> KNOWN = List.of(DEFAULT, ACCOUNT);

    @JsonCreator
    public static PricePackageType of(String value) {
        return value == null ? null : new PricePackageType(value);
    }

    @Override
    public List<PricePackageType> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
