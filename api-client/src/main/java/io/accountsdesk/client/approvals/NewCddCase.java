package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A due-diligence case to open.
 *
 * @param packageName       the pricing strategy for the company ({@code package})
 * @param caseFor           required: whom the case is about
 * @param actionsOnApproval what Dintero should do once the case is approved; non-empty when given
 * @param products          required and non-empty
 * @param caseRequest       required: the case handed on to the CDD service
 */
public record NewCddCase(
        @JsonProperty("package") String packageName,
        @JsonProperty("case_for") CaseFor caseFor,
        @JsonProperty("actions_on_approval") List<ApprovalAction> actionsOnApproval,
        @JsonProperty("products") List<CddProduct> products,
        @JsonProperty("payment_options") List<PaymentOption> paymentOptions,
        @JsonProperty("case_request") CaseRequest caseRequest) {
}
