package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application for a new seller (payout destination) for Dintero Payout with split payments. Once it is approved
 * ({@code case_status} {@code ACTIVE}) the seller is added to Dintero Payout automatically.
 *
 * @param id                  the application's id (a UUID), used to fetch or archive it
 * @param payoutDestinationId the seller's id, created once the application is approved
 * @param payoutReference     the static reference on the seller's bank payments
 * @param links               the contract link the signatory completes the application at (see {@link ApprovalLink})
 */
public record PayoutDestinationApproval(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("payout_destination_id") String payoutDestinationId,
        @JsonProperty("payout_destination_name") String payoutDestinationName,
        @JsonProperty("payout_destination_description") String payoutDestinationDescription,
        @JsonProperty("payout_reference") String payoutReference,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("bank_accounts") List<BankAccount> bankAccounts,
        @JsonProperty("payout_interval_type") PayoutInterval payoutIntervalType,
        @JsonProperty("form_submitter") FormSubmitter formSubmitter,
        @JsonProperty("case_status") CaseStatus caseStatus,
        @JsonProperty("links") List<ApprovalLink> links) {

    /** Where the seller's signatory completes and signs the application, or {@code null}. */
    public String contractUrl() {
        return ApprovalLink.contractUrl(links);
    }
}
