package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An application to use Dintero payments.
 *
 * @param products           required
 * @param paymentMethods     required: the payment methods the merchant wants to accept; not every method is available
 *                           in every country
 * @param countryCode        required: two-letter ISO 3166-1 country
 * @param organizationNumber required: the national organization number, valid in {@code countryCode}
 * @param bankAccounts       required: exactly one account, the only number the contract service supports
 * @param formSubmitter      who will finish and sign the form; told by email when their email is set
 */
public record NewPaymentsApproval(
        @JsonProperty("products") List<PaymentsApproval.Product> products,
        @JsonProperty("payment_methods") List<PaymentsApproval.PaymentMethod> paymentMethods,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("bank_accounts") List<BankAccount> bankAccounts,
        @JsonProperty("form_submitter") FormSubmitter formSubmitter) {
}
