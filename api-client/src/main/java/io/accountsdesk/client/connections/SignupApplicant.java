package io.accountsdesk.client.connections;

import io.accountsdesk.client.http.Redacted;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The person who applies for the connection. The Bambora signup sends only the phone number; the Common signup sends
 * all of it. The social security number is personal data and is masked in {@link #toString()}.
 */
public record SignupApplicant(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("email") String email,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("social_security_number") String socialSecurityNumber) {

    @Override
    public String toString() {
        return Redacted.toString(this, "socialSecurityNumber");
    }
}
