package io.accountsdesk.client.connections;

import io.accountsdesk.client.http.Redacted;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.Address;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who owns the merchant, for the provider's know-your-customer checks.
 *
 * @param ownershipStructure how ownership is spread, such as {@code owners_with_more_than_25} (not enumerated in the
 *                           seed, so kept as text)
 */
public record SignupOwnership(
        @JsonProperty("ownership_structure") String ownershipStructure,
        @JsonProperty("owners") List<Owner> owners) {

    /**
     * One owner. The social security number is personal data and is masked in {@link #toString()}.
     *
     * @param percentage           the owner's share in percent
     * @param socialSecurityNumber Common signup only
     * @param address              Common signup only
     */
    public record Owner(
            @JsonProperty("name") String name,
            @JsonProperty("legal_name") String legalName,
            @JsonProperty("date_of_birth") LocalDate dateOfBirth,
            @JsonProperty("social_security_number") String socialSecurityNumber,
            @JsonProperty("percentage") BigDecimal percentage,
            @JsonProperty("address") Address address) {

        @Override
        public String toString() {
            return Redacted.toString(this, "socialSecurityNumber");
        }
    }
}
