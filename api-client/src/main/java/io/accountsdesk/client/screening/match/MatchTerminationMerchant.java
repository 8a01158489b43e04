package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The merchant being reported to MATCH as terminated: the search's merchant fields plus the acquirer's own ids.
 *
 * @param merchantId       the acquirer's id for the merchant (seed example {@code "1234567890"})
 * @param merchantCategory the merchant category code (MCC), e.g. {@code "1234"}
 * @param catFlag          MATCH's cardholder-activated-terminal flag; the seed shows {@code "Y"} but no list
 */
public record MatchTerminationMerchant(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("trade_name") String tradeName,
        @JsonProperty("website_url") String websiteUrl,
        @JsonProperty("address") MatchAddress address,
        @JsonProperty("principals") List<MatchPrincipal> principals,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("merchant_id") String merchantId,
        @JsonProperty("merchant_category") String merchantCategory,
        @JsonProperty("cat_flag") String catFlag) {
}
