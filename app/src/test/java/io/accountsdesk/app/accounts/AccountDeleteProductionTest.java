package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.http.ApiException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a sandbox serving a production (P) partner: deleting takes the account id, typed. */
class AccountDeleteProductionTest {

    @Test
    void deletingAProductionAccountTakesItsIdTyped(@TempDir Path dataDir, @TempDir Path configDir) {
        try (TestSandbox sandbox = TestSandbox.startLive(dataDir, 5)) {
            assertThat(sandbox.session().touchesProduction()).isTrue();
            Account account = sandbox.session().client().accounts().stream(AccountQuery.all()).findFirst().orElseThrow();
            assertThat(account.accountId()).startsWith("P");
            TestServices test = TestServices.of(sandbox.session(), configDir);
            AccountPageViewModel page = new AccountPageViewModel(test.services);
            page.activate(Place.of("account", "id", account.accountId()));

            test.dialogs.typedAnswer = "yes";
            page.delete();
            assertThat(test.dialogs.of("typed")).singleElement()
                    .satisfies(asked -> assertThat(asked.word()).isEqualTo(account.accountId()));
            assertThat(test.dialogs.of("confirm")).as("no plain confirmation in production").isEmpty();
            assertThat(sandbox.session().client().accounts().get(account.accountId())).isNotNull();

            test.dialogs.typedAnswer = account.accountId();
            page.delete();
            assertThatThrownBy(() -> sandbox.session().client().accounts().get(account.accountId()))
                    .isInstanceOf(ApiException.NotFound.class);
        }
    }
}
