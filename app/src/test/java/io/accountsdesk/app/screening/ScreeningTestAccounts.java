package io.accountsdesk.app.screening;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.accounts.NewAccount;
import java.util.UUID;

/** Fresh accounts that describe a merchant to screen, and the account page as the screening tab sees it. */
final class ScreeningTestAccounts {

    private ScreeningTestAccounts() {
    }

    /** A new sub-account whose company sits at {@code street}, {@code postal} {@code city} in {@code country}. */
    static Account merchant(SharedSandbox sandbox, String name, String street, String postal, String city,
                            String country, String applicantFirst, String applicantLast) {
        String number = TestNumbers.norwegianOrganisationNumber();
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return sandbox.client().accounts().create(NewAccount.builder(
                // A phone of its own: a shared one would match every listing another test reported.
                ApplicantInput.of(applicantFirst, applicantLast, email,
                        "+479" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000))),
                new AccountCompany(name, null, number, null, null, null,
                        new Address(street, null, postal, city, country), email, null, null, null, null, null, null),
                new AccountBilling(name, number, null, email, null, null)).build());
    }
}
