package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How each field of a listed merchant compares with the searched one. {@code Address} is a single indicator here,
 * not an address.
 */
public record MerchantMatch(
        @JsonProperty("Name") @JsonAlias("name") MatchIndicator name,
        @JsonProperty("DoingBusinessAsName") @JsonAlias("doing_business_as_name") MatchIndicator doingBusinessAsName,
        @JsonProperty("PhoneNumber") @JsonAlias("phone_number") MatchIndicator phoneNumber,
        @JsonProperty("Address") @JsonAlias("address") MatchIndicator address,
        @JsonProperty("AltPhoneNumber") @JsonAlias("alt_phone_number") MatchIndicator altPhoneNumber,
        @JsonProperty("CountrySubdivisionTaxId") @JsonAlias("country_subdivision_tax_id") MatchIndicator countrySubdivisionTaxId,
        @JsonProperty("NationalTaxId") @JsonAlias("national_tax_id") MatchIndicator nationalTaxId,
        @JsonProperty("ServiceProvLegal") @JsonAlias("service_prov_legal") MatchIndicator serviceProvLegal,
        @JsonProperty("ServiceProvDBA") @JsonAlias("service_prov_dba") MatchIndicator serviceProvDba,
        @JsonProperty("PrincipalMatch") @JsonAlias("principal_matches") List<PrincipalMatch> principalMatches,
        @JsonProperty("UrlMatch") @JsonAlias("url_matches") List<UrlMatch> urlMatches) {
}
