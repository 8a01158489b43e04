package io.accountsdesk.client.signup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountManager;
import io.accountsdesk.client.accounts.Applicant;

/** A pre-filled signup form as the server holds it, until the merchant accepts it. */
public record Prefill(
        @JsonProperty("prefill_id") String prefillId,
        @JsonProperty("applicant") Applicant applicant,
        @JsonProperty("company") AccountCompany company,
        @JsonProperty("billing") AccountBilling billing,
        @JsonProperty("account_manager") AccountManager accountManager) {
}
