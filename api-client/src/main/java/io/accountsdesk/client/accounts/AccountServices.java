package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The services an account has, each {@code null} when the account does not have it. */
public record AccountServices(
        @JsonProperty("checkout") CheckoutService checkout,
        @JsonProperty("payout") PayoutService payout,
        @JsonProperty("customers") StandardService customers,
        @JsonProperty("discounts") StandardService discounts,
        @JsonProperty("shopping") StandardService shopping,
        @JsonProperty("receipts") StandardService receipts,
        @JsonProperty("wallets") StandardService wallets) {

    /** The services present, by their API name, in the seed's order: for screens that list them. */
    public Map<String, AccountService> byName() {
        Map<String, AccountService> result = new LinkedHashMap<>();
        put(result, "checkout", checkout);
        put(result, "payout", payout);
        put(result, "customers", customers);
        put(result, "discounts", discounts);
        put(result, "shopping", shopping);
        put(result, "receipts", receipts);
        put(result, "wallets", wallets);
        return Collections.unmodifiableMap(result);
    }

    private static void put(Map<String, AccountService> map, String name, AccountService service) {
        if (service != null) {
            map.put(name, service);
        }
    }
}
