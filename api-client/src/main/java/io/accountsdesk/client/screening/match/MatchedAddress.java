package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An address in a MATCH record. Written in MATCH's PascalCase; the snake_case aliases are read too (mapping in
 * {@link MatchResult}). The digit in {@code Line1}/{@code Line2} is the one place snake_case conventions split
 * ({@code line_1} as in the request's {@code address_line_2}, or {@code line1}), so both are read.
 *
 * @param countrySubdivision state or province code (two letters in the seed)
 * @param country            ISO 3166 alpha-3
 */
public record MatchedAddress(
        @JsonProperty("Line1") @JsonAlias({"line_1", "line1"}) String line1,
        @JsonProperty("Line2") @JsonAlias({"line_2", "line2"}) String line2,
        @JsonProperty("City") @JsonAlias("city") String city,
        @JsonProperty("CountrySubdivision") @JsonAlias("country_subdivision") String countrySubdivision,
        @JsonProperty("Province") @JsonAlias("province") String province,
        @JsonProperty("PostalCode") @JsonAlias("postal_code") String postalCode,
        @JsonProperty("Country") @JsonAlias("country") String country) {
}
