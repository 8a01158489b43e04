package io.accountsdesk.client.connections.swish;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A Swish signup ({@code SwishConnectionSignup}). The bank account number is masked in {@link #toString()}.
 *
 * @param organizationNumber such as {@code 123456789MVA}
 * @param createdAt          set by the server
 * @param callbackAt         set by the server when the signup was completed
 */
public record SwishSignup(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("legal_name") String legalName,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("website") String website,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    /** A new signup to send; the server fills in the timestamps. */
    public SwishSignup(String businessName, String legalName, String organizationNumber, String bankName,
                       String accountNumber, String website, List<PaymentOption> paymentOptions) {
        this(businessName, legalName, organizationNumber, bankName, accountNumber, website, paymentOptions, null, null);
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "accountNumber");
    }
}
