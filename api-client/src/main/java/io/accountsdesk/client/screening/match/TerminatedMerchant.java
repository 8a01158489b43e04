package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One possible match: the listed merchant and how its fields compare with the searched one. */
public record TerminatedMerchant(
        @JsonProperty("Merchant") @JsonAlias("merchant") MatchedMerchant merchant,
        @JsonProperty("MerchantMatch") @JsonAlias("merchant_match") MerchantMatch merchantMatch) {
}
