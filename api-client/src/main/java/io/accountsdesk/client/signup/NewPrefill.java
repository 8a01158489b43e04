package io.accountsdesk.client.signup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.ApplicantInput;
import java.util.Objects;

/**
 * A signup form filled in for a merchant, to create or to accept (the merchant may have corrected it). Applicant,
 * company and billing are required.
 *
 * @param prefillId the form's id; the server generates one when it is left out
 */
public record NewPrefill(
        @JsonProperty("prefill_id") String prefillId,
        @JsonProperty("applicant") ApplicantInput applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("account_manager") AccountManager accountManager) {

    public NewPrefill {
        Objects.requireNonNull(applicant, "applicant is required");
        Objects.requireNonNull(company, "company is required");
        Objects.requireNonNull(billing, "billing is required");
    }

    public static NewPrefill of(ApplicantInput applicant, AccountCompany company, AccountBilling billing) {
        return new NewPrefill(null, applicant, company, billing, null);
    }

    /** The form as the server holds it, to accept as is. */
    public static NewPrefill from(Prefill prefill) {
        return new NewPrefill(prefill.prefillId(), ApplicantInput.from(prefill.applicant()), prefill.company(),
                prefill.billing(), prefill.accountManager());
    }
}
