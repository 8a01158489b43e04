package io.accountsdesk.client.screening.match;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Set;

/**
 * A merchant that an acquirer has reported to MATCH as terminated.
 *
 * @param addedOnDate           when the merchant was listed, in MATCH's {@code MM/DD/YYYY} form ({@code "10/13/2015"});
 *                              kept as text because that is not an ISO date
 * @param terminationReasonCode MATCH's two-digit reason code, e.g. {@code "13"}
 * @param addedByAcquirerId     the listing acquirer's ICA
 */
public record MatchedMerchant(
        @JsonProperty("Name") @JsonAlias("name") String name,
        @JsonProperty("DoingBusinessAsName") @JsonAlias("doing_business_as_name") String doingBusinessAsName,
        @JsonProperty("Address") @JsonAlias("address") MatchedAddress address,
        @JsonProperty("PhoneNumber") @JsonAlias("phone_number") String phoneNumber,
        @JsonProperty("AltPhoneNumber") @JsonAlias("alt_phone_number") String altPhoneNumber,
        @JsonProperty("NationalTaxId") @JsonAlias("national_tax_id") String nationalTaxId,
        @JsonProperty("CountrySubdivisionTaxId") @JsonAlias("country_subdivision_tax_id") String countrySubdivisionTaxId,
        @JsonProperty("ServiceProvLegal") @JsonAlias("service_prov_legal") String serviceProvLegal,
        @JsonProperty("ServiceProvDBA") @JsonAlias("service_prov_dba") String serviceProvDba,
        @JsonProperty("Url") @JsonAlias("urls") List<String> urls,
        @JsonProperty("Principal") @JsonAlias("principals") List<MatchedPrincipal> principals,
        @JsonProperty("SearchCriteria") @JsonAlias("search_criteria") MatchedSearchCriteria searchCriteria,
        @JsonProperty("AddedOnDate") @JsonAlias("added_on_date") String addedOnDate,
        @JsonProperty("TerminationReasonCode") @JsonAlias("termination_reason_code") String terminationReasonCode,
        @JsonProperty("AddedByAcquirerID") @JsonAlias("added_by_acquirer_id") String addedByAcquirerId,
        @JsonProperty("UrlGroup") @JsonAlias("url_groups") List<UrlGroup> urlGroups,
        @JsonProperty("Comments") @JsonAlias("comments") String comments) {

    /** A sole trader's tax id is often the owner's own national number, so tax ids never reach a log line either. */
    @Override
    public String toString() {
        return Redacted.toString(this, "nationalTaxId", "countrySubdivisionTaxId");
    }
}
