package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A merchant that an acquirer has listed in VMSS as terminated, in Visa's names.
 *
 * @param incorporationStatus  Visa spells the key {@code incorportationStatus}; the seed keeps that spelling, so the
 *                             mapping does too
 * @param primaryListingReason code and text in one, e.g. {@code "29-Bankruptcy/Liquidation/Insolvency"}
 */
public record VmssTerminatedRecord(
        @JsonProperty("taxID") String taxId,
        @JsonProperty("DBAName") String dbaName,
        @JsonProperty("address") VmssAddress address,
        @JsonProperty("category") String category,
        @JsonProperty("legalName") String legalName,
        @JsonProperty("principals") List<VmssPrincipal> principals,
        @JsonProperty("financialAccts") List<VmssFinancialAccount> financialAccounts,
        @JsonProperty("cardAcceptorIDs") List<String> cardAcceptorIds,
        @JsonProperty("contractEndDate") LocalDate contractEndDate,
        @JsonProperty("contractStartDate") LocalDate contractStartDate,
        @JsonProperty("tradeOverInternet") Boolean tradeOverInternet,
        @JsonProperty("businessEmailAddress") String businessEmailAddress,
        @JsonProperty("businessPhoneNumbers") List<String> businessPhoneNumbers,
        @JsonProperty("incorportationStatus") String incorporationStatus,
        @JsonProperty("primaryListingReason") String primaryListingReason,
        @JsonProperty("tradeInternationally") Boolean tradeInternationally,
        @JsonProperty("merchantCategoryCodes") List<String> merchantCategoryCodes,
        @JsonProperty("paymentFacilitatorBID") String paymentFacilitatorBid,
        @JsonProperty("secondaryListingReason") String secondaryListingReason,
        @JsonProperty("acquirerAssignedMerchantID") String acquirerAssignedMerchantId,
        @JsonProperty("businessRegistrationNumber") String businessRegistrationNumber,
        @JsonProperty("paymentFacilitatorCountryOrRegion") String paymentFacilitatorCountryOrRegion) {

    /** As for {@link VmssMerchant}, the tax id stays out of log lines. */
    @Override
    public String toString() {
        return Redacted.toString(this, "taxId");
    }
}
