package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The listings VMSS found. The seed gives VMSS no paging parameters, so this is the whole answer. */
public record VmssPossibleMatches(
        @JsonProperty("matchedRecords") List<VmssMatchedRecord> matchedRecords,
        @JsonProperty("totalCount") Integer totalCount) {
}
