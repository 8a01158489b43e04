package io.accountsdesk.app.connections;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.ConnectionHistory;
import io.accountsdesk.client.accounts.ConnectionName;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The payment providers an account can be connected to, by the key the account document uses for each
 * ({@code connections.vipps_psp}), with how to read the connection's current state from the provider's settings
 * route and the name the partner's status route knows it by (only seven providers are in the seed's enum there).
 */
enum ConnectionProvider {

    BAMBORA("bambora", "^bambora\\.[a-z_]+$", ConnectionName.BAMBORA, (api, aid) -> api.connections().bambora().get(aid)),
    COLLECTOR("collector", "^collector\\.[a-z_]+$", ConnectionName.COLLECTOR, (api, aid) -> api.connections().collector().get(aid)),
    COMMON("common", "^[a-z_]+(\\.[a-z_]+)?$", null, (api, aid) -> api.connections().common().get(aid)),
    INSTABANK("instabank", "^instabank\\.[a-z_]+$", ConnectionName.INSTABANK, (api, aid) -> api.connections().instabank().get(aid)),
    KLARNA("klarna", "^klarna\\.[a-z_]+$", null, (api, aid) -> api.connections().klarna().get(aid)),
    VIPPS_PSP("vipps_psp", "^(dintero|dintero_psp)\\.vipps$", null, (api, aid) -> api.connections().vippsPsp().get(aid)),
    APPLEPAY("applepay", "^dintero\\.applepay$", null, (api, aid) -> api.connections().applePay().get(aid)),
    PAYEX("payex", "^payex\\.[a-z_]+$", ConnectionName.PAYEX, (api, aid) -> api.connections().payEx().get(aid, PayEx.CREDITCARD)),
    /** Santander has only store overrides in this API: nothing to read, no signup. */
    SANTANDER("santander", "^santander\\.[a-z_]+$", null, null),
    SWISH("swish", "^swish\\.swish$", ConnectionName.SWISH, (api, aid) -> api.connections().swish().get(aid)),
    VIPPS("vipps", "^vipps$", ConnectionName.VIPPS, (api, aid) -> api.connections().vipps().get(aid)),
    VISA_TOKENS("visa_tokens", "^visa\\.[a-z_]+$", null, (api, aid) -> api.connections().visaTokens().get(aid));

    /** PayEx's only payment product type in the seed. */
    static final class PayEx {
        static final String CREDITCARD = "payex.creditcard";

        private PayEx() {
        }
    }

    private final String key;
    private final java.util.regex.Pattern paymentType;
    private final ConnectionName eventName;
    private final BiFunction<ApiClient, String, ConnectionHistory> reader;

    ConnectionProvider(String key, String paymentType, ConnectionName eventName,
                       BiFunction<ApiClient, String, ConnectionHistory> reader) {
        this.key = key;
        this.paymentType = java.util.regex.Pattern.compile(paymentType);
        this.eventName = eventName;
        this.reader = reader;
    }

    /** The key of the connection in the account document, and in this app's places and messages. */
    String key() {
        return key;
    }

    /** The name the partner's status route takes, or empty when the seed's enum there leaves the provider out. */
    Optional<ConnectionName> eventName() {
        return Optional.ofNullable(eventName);
    }

    /** Whether a payment option type is this provider's ({@code klarna.billie} is Klarna's, not Swish's). */
    boolean offers(String type) {
        return paymentType.matcher(type).matches();
    }

    boolean canBeRead() {
        return reader != null;
    }

    /** The connection as the provider's settings route has it now; the client must act on the account itself. */
    ConnectionHistory read(ApiClient subAccount, String aid) {
        if (reader == null) {
            throw new IllegalStateException(key + " has no settings route to read");
        }
        return reader.apply(subAccount, aid);
    }

    /** The provider of an account document's connection key; PayEx's nested card connection is PayEx's. */
    static Optional<ConnectionProvider> ofKey(String connectionKey) {
        String base = connectionKey.contains(".") ? connectionKey.substring(0, connectionKey.indexOf('.')) : connectionKey;
        return Arrays.stream(values()).filter(p -> p.key.equals(base)).findFirst();
    }
}
