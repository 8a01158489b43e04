package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An address as Dintero's MATCH requests write it (snake_case). Results use MATCH's own form, {@link MatchedAddress}.
 *
 * @param country the seed's example is three letters ({@code "str"}), as MATCH uses ISO 3166 alpha-3 codes
 */
public record MatchAddress(
        @JsonProperty("address_line") String addressLine,
        @JsonProperty("address_line_2") String addressLine2,
        @JsonProperty("city") String city,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("country") String country) {
}
