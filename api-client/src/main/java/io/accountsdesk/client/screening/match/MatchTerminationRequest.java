package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reports a terminated merchant to MATCH. The seed marks both parts as required. */
public record MatchTerminationRequest(
        @JsonProperty("merchant") MatchTerminationMerchant merchant,
        @JsonProperty("termination") MatchTermination termination) {
}
