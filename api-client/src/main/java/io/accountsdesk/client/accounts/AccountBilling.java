package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seed's {@code AccountBilling}. */
public record AccountBilling(
        @JsonProperty("business_name") String businessName,
        @JsonProperty("organization_number") String organizationNumber,
        @JsonProperty("address") Address address,
        @JsonProperty("email") String email,
        @JsonProperty("reference") String reference,
        @JsonProperty("phone_number") String phoneNumber) {
}
