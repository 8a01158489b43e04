package io.accountsdesk.client.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The individual who completed the account registration. */
public record Applicant(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber) {

    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).trim();
    }
}
