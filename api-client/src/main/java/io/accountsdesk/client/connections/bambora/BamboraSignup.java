package io.accountsdesk.client.connections.bambora;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.http.Redacted;
import io.accountsdesk.client.connections.SignupApplicant;
import io.accountsdesk.client.connections.SignupOwnership;
import io.accountsdesk.client.connections.SignupRevenue;
import io.accountsdesk.client.connections.SignupSignature;
import io.accountsdesk.client.connections.SignupVerifications;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The old Bambora signup ({@code BamboraConnectionSignup}), deprecated by the API in favour of Direct and PayFac but
 * still reported by the connection. The bank account number is masked in {@link #toString()}.
 *
 * @param storeType  where the merchant sells, such as {@code online}
 * @param createdAt  set by the server
 * @param callbackAt set by the server when Bambora called back
 */
public record BamboraSignup(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("store_type") List<String> storeType,
        @JsonProperty("revenue") SignupRevenue revenue,
        @JsonProperty("bank_name") String bankName,
        @JsonProperty("account_number") String accountNumber,
        @JsonProperty("ownership") SignupOwnership ownership,
        @JsonProperty("verifications") SignupVerifications verifications,
        @JsonProperty("signature") SignupSignature signature,
        @JsonProperty("applicant") SignupApplicant applicant,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("callback_at") OffsetDateTime callbackAt) {

    @Override
    public String toString() {
        return Redacted.toString(this, "accountNumber");
    }
}
