package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address in Visa's terms. {@code countryOrRegion} is two letters in the seed ({@code "NO"}). */
public record VmssAddress(
        @JsonProperty("city") String city,
        @JsonProperty("countryOrRegion") String countryOrRegion,
        @JsonProperty("streetAddress") String streetAddress,
        @JsonProperty("stateOrProvince") String stateOrProvince,
        @JsonProperty("zipOrPostalCode") String zipOrPostalCode) {
}
