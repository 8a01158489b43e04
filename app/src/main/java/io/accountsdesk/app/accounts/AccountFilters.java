package io.accountsdesk.app.accounts;

import io.accountsdesk.client.accounts.ConnectionStatus;
import java.util.List;

/** The values the list filters offer, from the seed's enums and the payment option types it names. */
public final class AccountFilters {

    /** Connections a partner can apply for on a sub-account. */
    public static final List<String> CONNECTIONS = List.of(
            "vipps", "swish", "klarna", "bambora", "payex", "collector", "instabank");

    public static final List<String> CONNECTION_STATUSES = ConnectionStatus.KNOWN.stream()
            .map(ConnectionStatus::value).toList();

    /** Payment option types as they appear in connection configurations. */
    public static final List<String> PAYMENT_OPTIONS = List.of(
            "vipps", "swish.swish", "klarna.klarna", "klarna.billie", "bambora.creditcard", "payex.creditcard",
            "collector.invoice", "instabank.invoice", "instabank.finance");

    private AccountFilters() {
    }
}
