package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A termination inquiry: the merchant to check and where to look. The seed marks both as required. */
public record MatchSearchRequest(
        @JsonProperty("merchant") MatchMerchant merchant,
        @JsonProperty("search_criteria") MatchSearchCriteria searchCriteria) {
}
