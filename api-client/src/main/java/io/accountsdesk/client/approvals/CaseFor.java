package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whom a due-diligence case is about: an account, or a seller (payout destination) to be created once it is approved.
 *
 * @param payoutReference the static reference on the seller's bank payments
 */
public record CaseFor(
        @JsonProperty("account_id") String accountId,
        @JsonProperty("payout_destination_id") String payoutDestinationId,
        @JsonProperty("payout_destination_name") String payoutDestinationName,
        @JsonProperty("payout_destination_description") String payoutDestinationDescription,
        @JsonProperty("payout_reference") String payoutReference) {
}
