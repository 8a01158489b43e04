package io.accountsdesk.client.connections.instabank;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An Instabank signup ({@code InstabankConnectionSignup}). The expected volumes are text ranges. The bank account
 * number is masked in {@link #toString()}.
 *
 * @param industry   such as {@code computer industry}
 * @param createdAt  set by the server
 * @param callbackAt set by the server when Instabank called back
 */
public record InstabankSignup(
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("total_number_of_transactions") String totalNumberOfTransactions,
        @JsonProperty("total_volume_of_transactions") String totalVolumeOfTransactions,
        @JsonProperty("finance_number_of_transactions") String financeNumberOfTransactions,
        @JsonProperty("finance_volume_of_transactions") String financeVolumeOfTransactions,
        @JsonProperty("industry") String industry,
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    @Override
    public String toString() {
        return Redacted.toString(this, "accountNumber");
    }
}
