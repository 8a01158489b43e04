package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.Set;

/** A principal's driver's licence in a MATCH record. */
public record DriversLicense(
        @JsonProperty("Number") @JsonAlias("number") String number,
        @JsonProperty("CountrySubdivision") @JsonAlias("country_subdivision") String countrySubdivision,
        @JsonProperty("Country") @JsonAlias("country") String country) {

    /** The licence number identifies the person, so it never reaches a log line. */
    @Override
    public String toString() {
        return Redacted.toString(this, "number");
    }
}
