package io.accountsdesk.client.connections.payex;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person PayEx can contact about the merchant. */
public record PayExContact(
        @JsonProperty("name") String name,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("email") String email) {
}
