package io.accountsdesk.app;

import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import java.util.UUID;

/** Fresh sub-accounts for tests that change an account and must not meet another test's changes. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A new sub-account of the sandbox's partner, with an organisation number (Swish and Collector want one). */
    public static Account fresh(SharedSandbox sandbox, String name) {
        String number = TestNumbers.norwegianOrganisationNumber();
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return sandbox.client().accounts().create(NewAccount.builder(
                ApplicantInput.of("Kari", "Nordmann", email, "+4722334455"),
                new AccountCompany(name, null, number, null, null, null, null, email, null, null, null, null, null, null),
                new AccountBilling(name, number, null, email, null, null)).build());
    }
}
