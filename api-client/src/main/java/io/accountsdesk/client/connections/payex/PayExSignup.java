package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A PayEx signup ({@code PayExConnectionSignup}). The bank account number is masked in {@link #toString()}.
 *
 * @param organizationNumber such as {@code 123456789MVA}
 * @param createdAt          set by the server
 * @param url                set by the server: where the merchant continues the signup
 * @param callbackAt         set by the server when PayEx called back
 */
public record PayExSignup(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("legal_name") String legalName,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("applicant_contact") PayExContact applicantContact,
        @JsonProperty("accounting_contact") PayExContact accountingContact,
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("website") String website,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("url") String url,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    /** A new signup to send; the server fills in the rest. */
    public PayExSignup(String businessName, String legalName, String organizationNumber, PayExContact applicantContact,
                       PayExContact accountingContact, String bankName, String accountNumber, String website,
                       List<PaymentOption> paymentOptions) {
        this(businessName, legalName, organizationNumber, applicantContact, accountingContact, bankName, accountNumber,
                website, paymentOptions, null, null, null);
    }

    @Override
    public String toString() {
        return Redacted.toString(this, "accountNumber");
    }
}
