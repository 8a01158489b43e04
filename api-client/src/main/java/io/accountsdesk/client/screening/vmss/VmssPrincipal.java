package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.Set;

/**
 * An owner (principal) of a merchant, in Visa's names.
 *
 * @param ssn                    Visa's {@code SSN} (11 characters in the seed's example)
 * @param principalId            Visa's {@code principalID}
 * @param residentIdOrNationalId Visa's {@code residentIDOrNationalID}
 */
public record VmssPrincipal(
        @JsonProperty("SSN") String ssn,
        @JsonProperty("name") String name,
        @JsonProperty("principalID") String principalId,
        @JsonProperty("passportNumber") String passportNumber,
        @JsonProperty("businessPhoneNumber") String businessPhoneNumber,
        @JsonProperty("driverLicenseNumber") String driverLicenseNumber,
        @JsonProperty("businessEmailAddress") String businessEmailAddress,
        @JsonProperty("residentIDOrNationalID") String residentIdOrNationalId) {

    /** Every identity number the principal carries stays out of log lines. */
    @Override
    public String toString() {
        return Redacted.toString(this, "ssn", "principalId", "passportNumber", "driverLicenseNumber",
                "residentIdOrNationalId");
    }
}
