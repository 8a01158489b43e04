package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to a VMSS search, in Visa's shape. */
public record VmssSearchResponse(
        @JsonProperty("searchTerminatedResponse") VmssSearchTerminatedResponse searchTerminatedResponse,
        @JsonProperty("status") VmssStatus status) {

    /** The listings found, or an empty list when the answer has none. */
    public List<VmssMatchedRecord> matchedRecords() {
        if (searchTerminatedResponse == null || searchTerminatedResponse.possibleMatches() == null
                || searchTerminatedResponse.possibleMatches().matchedRecords() == null) {
            return List.of();
        }
        return searchTerminatedResponse.possibleMatches().matchedRecords();
    }
}
