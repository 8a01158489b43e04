package io.accountsdesk.client.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A payment option a connection offers or asks for, such as {@code swish.swish} in {@code SEK}.
 *
 * @param currencies ISO 4217 codes the option is enabled for; absent in some signups (Instabank)
 * @param type       the payment product type ({@code bambora.creditcard}, {@code vipps}, {@code dintero.zero}…);
 *                   the seed does not enumerate it, so any value is kept
 */
public record PaymentOption(
        @JsonProperty("currencies") List<String> currencies,
        @JsonProperty("type") String type) {
}
