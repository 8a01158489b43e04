package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * A product a due-diligence case is for. An open set: a value the seed does not list is kept as sent.
 */
public record CddProduct(String value) implements OpenEnum {

    public static final CddProduct PAYOUT = new CddProduct("payout");
    public static final CddProduct CHECKOUT = new CddProduct("checkout");

    /** The values the seed lists, in its order. */
    public static final List<CddProduct> KNOWN = List.of(PAYOUT, CHECKOUT);

    @JsonCreator
    public static CddProduct of(String value) {
        return value == null ? null : new CddProduct(value);
    }

    @Override
    public List<CddProduct> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
