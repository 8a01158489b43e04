package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How each of a listed owner's fields compares with the searched principals. Indicators only, no personal data. */
public record PrincipalMatch(
        @JsonProperty("Name") @JsonAlias("name") MatchIndicator name,
        @JsonProperty("Address") @JsonAlias("address") MatchIndicator address,
        @JsonProperty("PhoneNumber") @JsonAlias("phone_number") MatchIndicator phoneNumber,
        @JsonProperty("AltPhoneNumber") @JsonAlias("alt_phone_number") MatchIndicator altPhoneNumber,
        @JsonProperty("NationalId") @JsonAlias("national_id") MatchIndicator nationalId,
        @JsonProperty("DriversLicense") @JsonAlias("drivers_license") MatchIndicator driversLicense) {
}
