package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How each part of a listed address compares with the searched one. */
public record VmssAddressMatch(
        @JsonProperty("city") VmssMatchIndicator city,
        @JsonProperty("streetAddress") VmssMatchIndicator streetAddress,
        @JsonProperty("countryOrRegion") VmssMatchIndicator countryOrRegion,
        @JsonProperty("stateOrProvince") VmssMatchIndicator stateOrProvince,
        @JsonProperty("zipOrPostalCode") VmssMatchIndicator zipOrPostalCode) {
}
