package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * How the account came to Dintero (the seed's {@code sale_channel}).
 * An open set: a value the seed does not list is kept as sent (see {@link OpenEnum}).
 */
public record SaleChannel(String value) implements OpenEnum {

    public static final SaleChannel DIRECT = new SaleChannel("DIRECT");
    public static final SaleChannel INBOUND = new SaleChannel("INBOUND");
    public static final SaleChannel PARTNER = new SaleChannel("PARTNER");
    public static final SaleChannel REFERRAL = new SaleChannel("REFERRAL");

    /** The values the seed lists, in the seed's order. */
    public static final List<SaleChannel> KNOWN = List.of(DIRECT, INBOUND, PARTNER, REFERRAL);

    @JsonCreator
    public static SaleChannel of(String value) {
        return value == null ? null : new SaleChannel(value);
    }

    @Override
    public List<SaleChannel> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
