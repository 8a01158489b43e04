package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The merchant to look up in MATCH (the seed's {@code MatchRequestMerchant}). */
public record MatchMerchant(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("trade_name") String tradeName,
        @JsonProperty("website_url") String websiteUrl,
        @JsonProperty("address") MatchAddress address,
        @JsonProperty("principals") List<MatchPrincipal> principals,
        @JsonProperty("phone_number") String phoneNumber) {
}
