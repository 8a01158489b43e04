package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Objects;

/**
 * What Bambora reports to complete a signup and enable Bambora for Checkout. The MD5 key and the tokens are
 * credentials and are masked in {@link #toString()}.
 *
 * @param merchantNumber required
 * @param md5Key         required
 * @param paymentOptions required: the payment options to enable for this connection
 */
public record BamboraCallback(
        @JsonProperty("merchant_number") String merchantNumber,
        @JsonProperty("md5_key") String md5Key,
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("secret_token") String secretToken,
        @JsonProperty("token_scope") String tokenScope,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions) {

    public BamboraCallback {
        Objects.requireNonNull(merchantNumber, "merchant_number");
        Objects.requireNonNull(md5Key, "md5_key");
        Objects.requireNonNull(paymentOptions, "payment_options");
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "md5Key", "accessToken", "secretToken");
    }
}
