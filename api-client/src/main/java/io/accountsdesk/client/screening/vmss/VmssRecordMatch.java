package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How each field of a listed merchant compares with the searched one (Visa's {@code terminatedRecordMatch}). List
 * fields of the merchant ({@code businessPhoneNumbers}, {@code merchantCategoryCodes}) have one indicator each here.
 */
public record VmssRecordMatch(
        @JsonProperty("taxID") VmssMatchIndicator taxId,
        @JsonProperty("DBAName") VmssMatchIndicator dbaName,
        @JsonProperty("legalName") VmssMatchIndicator legalName,
        @JsonProperty("addressMatch") VmssAddressMatch addressMatch,
        @JsonProperty("webAddresses") VmssMatchIndicator webAddresses,
        @JsonProperty("principalsMatch") List<VmssPrincipalMatch> principalsMatch,
        @JsonProperty("tradeOverInternet") VmssMatchIndicator tradeOverInternet,
        @JsonProperty("financialAcctsMatch") List<VmssFinancialAccountMatch> financialAccountsMatch,
        @JsonProperty("businessEmailAddress") VmssMatchIndicator businessEmailAddress,
        @JsonProperty("businessPhoneNumbers") VmssMatchIndicator businessPhoneNumbers,
        @JsonProperty("merchantCategoryCodes") VmssMatchIndicator merchantCategoryCodes,
        @JsonProperty("businessRegistrationNumber") VmssMatchIndicator businessRegistrationNumber) {
}
