package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * MATCH's receipt for a reported merchant.
 *
 * @param merchantReferenceNumber an integer in the seed; a {@code Long} because MATCH's own reference numbers run to
 *                                17 digits
 */
public record MatchTerminationResult(@JsonProperty("merchant_reference_number") Long merchantReferenceNumber) {
}
