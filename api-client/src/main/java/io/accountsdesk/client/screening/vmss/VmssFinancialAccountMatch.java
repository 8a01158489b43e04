package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How each of a listed bank account's fields compares with the searched ones. */
public record VmssFinancialAccountMatch(
        @JsonProperty("intBankAccountNumber") VmssMatchIndicator intBankAccountNumber,
        @JsonProperty("financialAccountNumber") VmssMatchIndicator financialAccountNumber,
        @JsonProperty("financialInstitutionID") VmssMatchIndicator financialInstitutionId) {
}
