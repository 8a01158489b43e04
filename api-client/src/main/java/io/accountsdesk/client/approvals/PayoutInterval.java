package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.accountsdesk.client.json.OpenEnum;
import java.util.List;

/**
 * How often a seller is paid out ({@code payout_interval_type}). An open set: a value the seed does not
 * list is kept as sent.
 */
public record PayoutInterval(String value) implements OpenEnum {

    public static final PayoutInterval DAILY = new PayoutInterval("daily");
    public static final PayoutInterval WEEKLY = new PayoutInterval("weekly");
    public static final PayoutInterval MONTHLY = new PayoutInterval("monthly");

    /** The values the seed lists, in its order. */
    public static final List<PayoutInterval> KNOWN = List.of(DAILY, WEEKLY, MONTHLY);

    @JsonCreator
    public static PayoutInterval of(String value) {
        return value == null ? null : new PayoutInterval(value);
    }

    @Override
    public List<PayoutInterval> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
