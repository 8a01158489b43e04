package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;

/**
 * Bambora's settings once a signup is complete. The MD5 key, access token and secret token are credentials and are
 * masked in {@link #toString()}.
 *
 * @param accessToken raw JSON because the seed contradicts itself: the callback that sets it says {@code string}, the
 *                    configuration example shows the number {@code 0}. Whatever the server sends is kept unchanged.
 */
public record BamboraConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("merchant_number") String merchantNumber,
        @JsonProperty("md5_key") String md5Key,
        @JsonProperty("access_token") JsonNode accessToken,
        @JsonProperty("secret_token") String secretToken,
        @JsonProperty("token_scope") String tokenScope) {

    @Override
    public String toString() {
        return Redacted.toString(this, "md5Key", "accessToken", "secretToken");
    }
}
