package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The seller applications of an account; the list operation wraps them in an object. */
public record PayoutDestinationApprovalList(
        @JsonProperty("payout_destinations") List<PayoutDestinationApproval> payoutDestinations) {
}
