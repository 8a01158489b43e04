package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application to use Dintero payments: the company, the payment methods it wants and where its money goes. Dintero
 * runs KYC, AML and bank-ownership checks and sets {@code case_status} to {@code ACTIVE} once it is approved.
 *
 * @param links the contract link the signatory completes the application at (see {@link ApprovalLink})
 * @param mcc   the merchant category code Dintero assigned, for example 5814
 */
public record PaymentsApproval(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("products") List<Product> products,
        @JsonProperty("payment_methods") List<PaymentMethod> paymentMethods,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("bank_accounts") List<BankAccount> bankAccounts,
        @JsonProperty("form_submitter") FormSubmitter formSubmitter,
        @JsonProperty("case_status") CaseStatus caseStatus,
        @JsonProperty("links") List<ApprovalLink> links,
        @JsonProperty("mcc") Integer mcc) {

    /** Where the account's signatory completes and signs the application, or {@code null}. */
    public String contractUrl() {
        return ApprovalLink.contractUrl(links);
    }

    /** A product applied for, for example {@code checkout}; the seed does not list the values. */
    public record Product(@JsonProperty("product") String product) {
    }

    /** A payment method applied for, for example {@code creditcard}; the seed does not list the values. */
    public record PaymentMethod(@JsonProperty("payment_method") String paymentMethod) {
    }
}
