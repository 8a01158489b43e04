package io.accountsdesk.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.http.ApiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a session keeps per account it opened: a long session of opening account after account keeps only a few. */
class SessionServicesTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(SessionServices.SUB_ACCOUNT_CLIENTS + 14);

    @TempDir
    Path dir;

    /** Calls the account's own price package, as the account page does; an account without one answers 404. */
    private static String priceOf(SessionServices services, String accountId) {
        List<String> outcome = new ArrayList<>();
        services.tasks().run("price of " + accountId, task -> {
            try {
                return String.valueOf(services.subAccount(accountId, task).pricing().ofAccount(accountId) != null);
            } catch (ApiException.NotFound none) {
                return "none";
            }
        }, outcome::add, failure -> outcome.add("failed: " + failure));
        return outcome.get(0);
    }

    @Test
    void subAccountClientsAreBoundedAndAnAccountDroppedFromThemStillWorks() {
        SessionServices services = TestServices.of(sandbox.session(), dir).services;
        List<Account> accounts = sandbox.accounts();
        for (Account account : accounts) {
            assertThat(priceOf(services, account.accountId())).doesNotStartWith("failed");
        }
        assertThat(accounts).hasSizeGreaterThan(SessionServices.SUB_ACCOUNT_CLIENTS);
        assertThat(services.subAccountClients()).as("one client per account ever opened would be " + accounts.size())
                .isEqualTo(SessionServices.SUB_ACCOUNT_CLIENTS);

        // The first account's client was dropped long ago: its next call exchanges a token again and works.
        assertThat(priceOf(services, accounts.get(0).accountId())).doesNotStartWith("failed");
        assertThat(services.subAccountClients()).isEqualTo(SessionServices.SUB_ACCOUNT_CLIENTS);
        services.close();
    }
}
