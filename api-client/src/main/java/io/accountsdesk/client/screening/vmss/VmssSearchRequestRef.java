package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Visa's record of the search that was run.
 *
 * @param searchRequestRefId             Visa's reference for the search ({@code searchRequestRefID})
 * @param terminatedRecordSearchCriteria the merchant as searched for
 */
public record VmssSearchRequestRef(
        @JsonProperty("acquirerBID") String acquirerBid,
        @JsonProperty("globalSearch") Boolean globalSearch,
        @JsonProperty("searchRequestRefID") String searchRequestRefId,
        @JsonProperty("acquirerCountryOrRegion") String acquirerCountryOrRegion,
        @JsonProperty("terminatedRecordSearchCriteria") VmssMerchant terminatedRecordSearchCriteria) {
}
