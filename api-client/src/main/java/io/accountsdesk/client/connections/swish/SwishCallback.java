package io.accountsdesk.client.connections.swish;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Objects;

/**
 * What completes a Swish signup and enables Swish for Checkout. The certificate, key, passphrase and CA are masked in
 * {@link #toString()}.
 *
 * @param swishNumber    required: the merchant's Swish number
 * @param cert           base64 of the certificate, PEM or P12; with PEM, {@code key} and {@code ca} are required too
 * @param key            base64 of the key
 * @param passphrase     the certificate's passphrase
 * @param ca             base64 of the certificate's CA
 * @param paymentOptions the payment options to enable for this connection
 */
public record SwishCallback(
        @JsonProperty("swish_number") String swishNumber,
        @JsonProperty("cert") String cert,
        @JsonProperty("key") String key,
        @JsonProperty("passphrase") String passphrase,
        @JsonProperty("ca") String ca,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions) {

    public SwishCallback {
        Objects.requireNonNull(swishNumber, "swish_number");
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "cert", "key", "passphrase", "ca");
    }
}
