package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One group of possible matches (MATCH's {@code PossibleMerchantMatches}).
 *
 * @param totalLength         how many matches the whole inquiry has, across pages; Dintero's current docs call it
 *                            {@code total_merchant_matches}
 * @param terminatedMerchants this page's matches; {@code terminated_merchants} in the current docs
 */
public record PossibleMatches(
        @JsonProperty("TotalLength") @JsonAlias("total_merchant_matches") Integer totalLength,
        @JsonProperty("TerminatedMerchant") @JsonAlias("terminated_merchants") List<TerminatedMerchant> terminatedMerchants) {
}
