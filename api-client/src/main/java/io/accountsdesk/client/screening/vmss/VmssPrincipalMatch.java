package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How each of a listed owner's fields compares with the searched principals. Indicators only, no personal data. */
public record VmssPrincipalMatch(
        @JsonProperty("SSN") VmssMatchIndicator ssn,
        @JsonProperty("name") VmssMatchIndicator name,
        @JsonProperty("principalID") VmssMatchIndicator principalId,
        @JsonProperty("passportNumber") VmssMatchIndicator passportNumber,
        @JsonProperty("businessPhoneNumber") VmssMatchIndicator businessPhoneNumber,
        @JsonProperty("driverLicenseNumber") VmssMatchIndicator driverLicenseNumber,
        @JsonProperty("businessEmailAddress") VmssMatchIndicator businessEmailAddress,
        @JsonProperty("residentIDOrNationalID") VmssMatchIndicator residentIdOrNationalId) {
}
