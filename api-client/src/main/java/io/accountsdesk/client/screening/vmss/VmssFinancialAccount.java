package io.accountsdesk.client.screening.vmss;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.http.Redacted;
import java.util.Set;

/**
 * A bank account of the merchant (Visa's {@code financialAccts} entry).
 *
 * @param intBankAccountNumber   the IBAN
 * @param financialInstitutionId Visa's {@code financialInstitutionID}
 */
public record VmssFinancialAccount(
        @JsonProperty("intBankAccountNumber") String intBankAccountNumber,
        @JsonProperty("financialAccountNumber") String financialAccountNumber,
        @JsonProperty("financialInstitutionID") String financialInstitutionId) {

    /** Account numbers stay out of log lines. */
    @Override
    public String toString() {
        return Redacted.toString(this, "intBankAccountNumber", "financialAccountNumber");
    }
}
