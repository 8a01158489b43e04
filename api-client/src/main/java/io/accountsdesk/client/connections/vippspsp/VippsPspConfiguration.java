package io.accountsdesk.client.connections.vippspsp;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import java.util.List;

/** Vipps PSP settings once a signup is complete. */
public record VippsPspConfiguration(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("merchant_serial_number") String merchantSerialNumber) {
}
