package io.accountsdesk.sandbox.connections;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The payment providers an account can connect, with what differs between them: where the connection lives in the
 * account document ({@code connections.<key>}), its segment in the settings URL, the keys its seed example shows,
 * and which payment option types it may enable.
 *
 * <p>Everything that is the same for all of them (statuses, events, who may move a connection where) is in
 * {@link ConnectionStateMachine}, once.
 */
enum Provider {

    BAMBORA("bambora", "bambora", "Bambora",
            List.of("configuration", "direct_signups", "signup", "submerchant_signups"),
            List.of("bambora.creditcard"), "^bambora\\.[a-z_]+$", "a Bambora payment type such as bambora.creditcard"),
    COLLECTOR("collector", "collector", "Collector Bank", List.of("configuration", "signup"),
            List.of("collector.invoice"), "^collector\\.[a-z_]+$", "a Collector payment type such as collector.invoice"),
    /** The multi-provider application; the seed shows no configuration for it, so enabling it adds none. */
    COMMON("common", "common", "Dintero", List.of("signup"),
            List.of(), "^[a-z_]+(\\.[a-z_]+)?$", "a payment type such as swish.swish or dintero.zero"),
    INSTABANK("instabank", "instabank", "Instabank", List.of("configuration", "signup"),
            List.of("instabank.invoice"), "^instabank\\.[a-z_]+$", "an Instabank payment type such as instabank.invoice"),
    KLARNA("klarna", "klarna", "Klarna", List.of("configuration", "signups"),
            List.of("klarna.klarna"), "^klarna\\.[a-z_]+$", "a Klarna payment type such as klarna.klarna or klarna.billie"),
    /**
     * Path {@code vipps-psp}, account key {@code vipps_psp} (ENDPOINTS.md #59). The seed's type is {@code dintero.vipps};
     * later docs call it {@code dintero_psp.vipps}, so both are accepted.
     */
    VIPPS_PSP("vipps_psp", "vipps-psp", "Vipps (Dintero PSP)", List.of("configuration", "signups"),
            List.of("dintero.vipps"), "^(dintero|dintero_psp)\\.vipps$", "dintero.vipps"),
    /** Path segment GUESSED (ENDPOINTS.md #61); the account example has no key for it, so it is kept as {@code applepay}. */
    APPLEPAY("applepay", "applepay", "Apple Pay", List.of("configuration", "signups"),
            List.of("dintero.applepay"), "^dintero\\.applepay$", "dintero.applepay"),
    /** Only {@code payex.creditcard} exists as a payment product type; it lives in {@code connections.payex}. */
    PAYEX("payex", "payex", "PayEx", List.of("configuration", "signup"),
            List.of("payex.creditcard"), "^payex\\.[a-z_]+$", "a PayEx payment type such as payex.creditcard"),
    /** Santander has only an overrides route in this API (ENDPOINTS.md #67). */
    SANTANDER("santander", "santander", "Santander", List.of(),
            List.of(), "^santander\\.[a-z_]+$", "a Santander payment type"),
    SWISH("swish", "swish", "Swish", List.of("configuration", "signup"),
            List.of("swish.swish"), "^swish\\.swish$", "swish.swish"),
    VIPPS("vipps", "vipps", "Vipps", List.of("configuration", "signup"),
            List.of("vipps"), "^vipps$", "vipps"),
    /** Path GUESSED (ENDPOINTS.md #77). The seed shows neither a signup nor a configuration for it. */
    VISA_TOKENS("visa_tokens", "visa-tokens", "Visa Tokenization", List.of(),
            List.of(), "^visa\\.[a-z_]+$", "a Visa payment type");

    /** The keys every connection has, in the order the seed shows them. */
    static final List<String> COMMON_KEYS = List.of("created_at", "created_by", "updated_at", "metadata", "status",
            "events", "schema");

    final String key;
    final String path;
    final String display;
    /** Top-level keys the seed's example shows for this provider besides {@link #COMMON_KEYS}. */
    final List<String> seedKeys;
    /** What an enabled connection offers when neither the signup nor the callback names payment options. */
    final List<String> defaultPaymentTypes;
    final String typePattern;
    final String typeExample;

    Provider(String key, String path, String display, List<String> seedKeys, List<String> defaultPaymentTypes,
             String typePattern, String typeExample) {
        this.key = key;
        this.path = path;
        this.display = display;
        this.seedKeys = seedKeys;
        this.defaultPaymentTypes = defaultPaymentTypes;
        this.typePattern = typePattern;
        this.typeExample = typeExample;
    }

    /** Whether an enabled connection of this provider carries a {@code configuration} (the seed shows one). */
    boolean hasConfiguration() {
        return seedKeys.contains("configuration");
    }

    /** The settings URL of this provider below {@code /accounts/{aid}}. */
    String settingsPath(String aid) {
        return "/accounts/" + aid + "/management/settings/connections/" + (this == PAYEX ? "payex/payex.creditcard" : path);
    }

    /**
     * A provider named by its account key ({@code vipps_psp}), its URL segment ({@code vipps-psp}) or, for PayEx, the
     * deprecated {@code payex.creditcard} of the partner events route.
     */
    static Optional<Provider> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("payex.creditcard")) {
            return Optional.of(PAYEX);
        }
        return Arrays.stream(values()).filter(p -> p.key.equals(n) || p.path.equals(n)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).filter(p -> p != SANTANDER).map(p -> p.key).toList());
    }
}
