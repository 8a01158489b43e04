package io.accountsdesk.app.accounts;

import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.AccountQuery;
import java.util.Arrays;
import java.util.List;

/**
 * The accounts list's search and filters as a place ({@code accounts?search=bakeri&connection=vipps,swish}), so back
 * and forward return to a filtered list, a saved view is simply a place, and {@code --open} can start on one.
 */
final class AccountsPlace {

    static final String SCREEN = "accounts";
    static final String SEARCH = "search";
    static final String CONNECTION = "connection";
    static final String STATUS = "status";
    static final String PAYMENT_OPTION = "payment_option";
    static final String MANAGER = "manager";

    private AccountsPlace() {
    }

    static Place of(AccountQuery query) {
        return Place.of(SCREEN)
                .with(SEARCH, query.search())
                .with(CONNECTION, join(query.connections()))
                .with(STATUS, join(query.connectionStatuses()))
                .with(PAYMENT_OPTION, join(query.paymentOptions()))
                .with(MANAGER, join(query.accountManagers()));
    }

    static String search(Place place) {
        return place.param(SEARCH, "");
    }

    static List<String> list(Place place, String key) {
        String value = place.param(key);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }
}
