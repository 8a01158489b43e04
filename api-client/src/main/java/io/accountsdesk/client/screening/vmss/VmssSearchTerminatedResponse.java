package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The matches and the search they answer. */
public record VmssSearchTerminatedResponse(
        @JsonProperty("possibleMatches") VmssPossibleMatches possibleMatches,
        @JsonProperty("searchRequestRef") VmssSearchRequestRef searchRequestRef) {
}
