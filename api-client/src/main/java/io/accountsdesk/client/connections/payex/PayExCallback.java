package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Objects;

/**
 * What completes a PayEx signup and enables PayEx for Checkout. The token is masked in {@link #toString()}.
 *
 * @param token          the merchant's PayEx API token
 * @param payeeId        required
 * @param subsite        at most {@value #SUBSITE_MAX_LENGTH} characters; enables split settlement and must be set up
 *                       with PayEx reconciliation before use
 * @param paymentOptions required: the payment options to enable for this connection
 */
public record PayExCallback(
        @JsonProperty("token") String token,
        @JsonProperty("payee_id") String payeeId,
        @JsonProperty("subsite") String subsite,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions) {

    /** The seed's limit on {@code subsite}. */
    public static final int SUBSITE_MAX_LENGTH = 40;

    public PayExCallback {
        Objects.requireNonNull(payeeId, "payee_id");
        Objects.requireNonNull(paymentOptions, "payment_options");
        if (subsite != null && subsite.length() > SUBSITE_MAX_LENGTH) {
            throw new IllegalArgumentException("subsite may have at most " + SUBSITE_MAX_LENGTH + " characters, not "
                    + subsite.length() + ".");
        }
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "token");
    }
}
