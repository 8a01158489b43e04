package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.List;
import java.util.Set;

/**
 * The merchant to look up in VMSS (the seed's {@code VMSSRequestMerchant}); VMSS also echoes it back as the search
 * criteria. Visa's names are mapped one by one: {@code taxID}, {@code DBAName} (the trading name).
 *
 * @param category Visa's merchant category, e.g. {@code "1"}; not enumerated in the seed
 */
public record VmssMerchant(
        @JsonProperty("address") VmssAddress address,
        @JsonProperty("taxID") String taxId,
        @JsonProperty("DBAName") String dbaName,
        @JsonProperty("category") String category,
        @JsonProperty("legalName") String legalName,
        @JsonProperty("principals") List<VmssPrincipal> principals,
        @JsonProperty("financialAccts") List<VmssFinancialAccount> financialAccounts,
        @JsonProperty("tradeOverInternet") Boolean tradeOverInternet,
        @JsonProperty("businessEmailAddress") String businessEmailAddress,
        @JsonProperty("businessPhoneNumbers") List<String> businessPhoneNumbers,
        @JsonProperty("merchantCategoryCodes") List<String> merchantCategoryCodes,
        @JsonProperty("businessRegistrationNumber") String businessRegistrationNumber) {

    /** A sole trader's tax id is often the owner's own national number, so it stays out of log lines. */
    @Override
    public String toString() {
        return Redacted.toString(this, "taxId");
    }
}
