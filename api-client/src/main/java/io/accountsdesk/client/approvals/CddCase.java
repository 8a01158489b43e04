package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer-due-diligence case: a check of a company before Dintero enables payments or payouts for it.
 *
 * @param packageName       the pricing strategy for the company ({@code package}, a reserved word in Java)
 * @param actionsOnApproval what Dintero does once the case is approved
 * @param events            the case's history, oldest first as the server sends it
 */
public record CddCase(
        @JsonProperty("id") String id,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @JsonProperty("deleted_by") String deletedBy,
        @JsonProperty("deleted_at") OffsetDateTime deletedAt,
        @JsonProperty("package") String packageName,
        @JsonProperty("case_for") CaseFor caseFor,
        @JsonProperty("actions_on_approval") List<ApprovalAction> actionsOnApproval,
        @JsonProperty("products") List<CddProduct> products,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("case_request") CaseRequest caseRequest,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("events") List<CddEvent> events) {

    /** The status of the latest event that has one, or {@code null} when no event says. */
    public CaseStatus status() {
        if (events == null) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            CddEvent event = events.get(i);
            if (event != null && event.caseStatus() != null) {
                return event.caseStatus();
            }
        }
        return null;
    }
}
