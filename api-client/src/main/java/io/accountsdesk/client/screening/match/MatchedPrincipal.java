package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.Set;

/**
 * An owner of a terminated merchant as MATCH lists them.
 *
 * @param nationalId the owner's SSN or national id (MATCH usually answers {@code "*****"}, but not reliably)
 */
public record MatchedPrincipal(
        @JsonProperty("FirstName") @JsonAlias("first_name") String firstName,
        @JsonProperty("MiddleInitial") @JsonAlias("middle_initial") String middleInitial,
        @JsonProperty("LastName") @JsonAlias("last_name") String lastName,
        @JsonProperty("Address") @JsonAlias("address") MatchedAddress address,
        @JsonProperty("PhoneNumber") @JsonAlias("phone_number") String phoneNumber,
        @JsonProperty("AltPhoneNumber") @JsonAlias("alt_phone_number") String altPhoneNumber,
        @JsonProperty("NationalId") @JsonAlias("national_id") String nationalId,
        @JsonProperty("DriversLicense") @JsonAlias("drivers_license") DriversLicense driversLicense) {

    /** National ids never reach a log line; the licence masks its own number. */
    @Override
    public String toString() {
        return Redacted.toString(this, "nationalId");
    }
}
