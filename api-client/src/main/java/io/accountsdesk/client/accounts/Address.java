package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Address(
        @JsonProperty("address_line") String addressLine,
        @JsonProperty("address_line_2") String addressLine2,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("postal_place") String postalPlace,
        @JsonProperty("country") String country) {
}
