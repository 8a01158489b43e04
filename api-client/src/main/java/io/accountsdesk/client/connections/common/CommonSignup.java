package io.accountsdesk.client.connections.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.connections.PaymentOption;
import io.accountsdesk.client.connections.SignupApplicant;
import io.accountsdesk.client.connections.SignupOwnership;
import io.accountsdesk.client.connections.SignupRevenue;
import io.accountsdesk.client.connections.SignupSignature;
import io.accountsdesk.client.connections.SignupVerifications;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Common signup: one application that covers several payment products at once. The seed names no schema for it.
 *
 * @param storeType             where the merchant sells, such as {@code online}
 * @param pricePackage          the chosen package, as text ({@code "Checkout 195 NOK/month + 1.5%"})
 * @param paymentMethodSpecific what individual providers need beyond the common fields
 * @param createdAt             set by the server
 */
public record CommonSignup(
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("store_type") List<String> storeType,
        @JsonProperty("package") String pricePackage,
        @JsonProperty("revenue") SignupRevenue revenue,
        @JsonProperty("bank_accounts") List<BankAccount> bankAccounts,
        @JsonProperty("ownership") SignupOwnership ownership,
        @JsonProperty("verifications") SignupVerifications verifications,
        @JsonProperty("signature") SignupSignature signature,
        @JsonProperty("applicant") SignupApplicant applicant,
        @JsonProperty("company_information") CompanyInformation companyInformation,
        @JsonProperty("payment_method_specific") PaymentMethodSpecific paymentMethodSpecific,
        @JsonProperty("created_at") OffsetDateTime createdAt) {
}
