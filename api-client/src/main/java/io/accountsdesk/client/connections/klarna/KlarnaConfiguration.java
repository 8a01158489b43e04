package io.accountsdesk.client.connections.klarna;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/** Klarna's settings once a signup is complete: one set of credentials per signup case. */
public record KlarnaConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("credentials") List<Credentials> credentials) {

    /** The Klarna merchant and user for one signup case; the seed reports no password or key here. */
    public record Credentials(
            @JsonProperty("case_id") String caseId,
            @JsonProperty("merchant_id") String merchantId,
            @JsonProperty("username") String username) {
    }
}
