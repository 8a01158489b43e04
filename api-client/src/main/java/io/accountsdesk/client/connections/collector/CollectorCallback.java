package io.accountsdesk.client.connections.collector;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Objects;

/**
 * What completes a Collector Bank signup and enables Collector for Checkout. The password is masked in
 * {@link #toString()}.
 *
 * @param username       required
 * @param password       the password for {@code username}; optional with {@code dintero:admin} and one of the
 *                       standard usernames
 * @param storeId        deprecated by the API in favour of the B2C entry in {@code stores}
 * @param country        ISO 3166-1; deprecated by the API in favour of {@code stores}
 * @param stores         the stores configured in the Collector Partner Portal
 * @param paymentOptions required: the payment options to enable for this connection
 */
public record CollectorCallback(
        @JsonProperty("username") String username,
        @JsonProperty("password") String password,
        @JsonProperty("store_id") Long storeId,
        @JsonProperty("country") String country,
        @JsonProperty("stores") List<Store> stores,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions) {

    public CollectorCallback {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(paymentOptions, "payment_options");
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "password");
    }

    /**
     * A store configured in the Collector Partner Portal.
     *
     * @param segment {@code B2C} or {@code B2B} (not enumerated in the seed, so kept as text)
     */
    public record Store(
            @JsonProperty("store_id") Long storeId,
            @JsonProperty("country") String country,
            @JsonProperty("currency") String currency,
            @JsonProperty("segment") String segment) {
    }
}
