package io.accountsdesk.client.approvals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A payment option a due-diligence case asks for (the seed's {@code PaymentOptions}).
 *
 * @param currencies ISO currency codes, for example {@code NOK}
 * @param type       the payment option, for example {@code dintero.zero}; the seed does not list the values here
 */
public record PaymentOption(
        @JsonProperty("currencies") List<String> currencies,
        @JsonProperty("type") String type) {
}
