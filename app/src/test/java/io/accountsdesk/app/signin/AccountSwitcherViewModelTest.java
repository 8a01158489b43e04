package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.signin.AccountSwitcherViewModel.Choice;
import io.accountsdesk.app.signin.AccountSwitcherViewModel.Reach;
import io.accountsdesk.client.users.NewAccountUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The person's accounts from their profile, and where choosing each leads. */
class AccountSwitcherViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path configDir;

    @Test
    void listsThePersonsAccountsAndOpensASubAccountByItsPlace() {
        String partner = sandbox.session().partnerId();
        String sub = sandbox.account(0).accountId();
        // The trainee is given access to a sub-account too, as an admin would invite them.
        try (var onSub = sandbox.client().actingOn(sub)) {
            onSub.users().create(new NewAccountUser(DemoUsers.TRAINEE, null, null, null, null, null), false);
        }
        try (Session person = TestPeople.trainee(sandbox.session())) {
            TestServices test = TestServices.of(person, configDir);
            List<String> elsewhere = new ArrayList<>();
            AccountSwitcherViewModel switcher = new AccountSwitcherViewModel(test.services, elsewhere::add);

            switcher.load();

            assertThat(switcher.messageProperty().get()).isEmpty();
            assertThat(switcher.accounts()).extracting(Choice::accountId).containsExactly(partner, sub);
            assertThat(switcher.accounts()).extracting(Choice::reach).containsExactly(Reach.CURRENT, Reach.SUB_ACCOUNT);
            assertThat(switcher.accounts().get(1).name()).isNotBlank();
            assertThat(switcher.describe(switcher.accounts().get(1))).isEqualTo("Opens here");

            assertThat(switcher.choose(switcher.accounts().get(1))).isTrue();
            assertThat(test.navigator.currentProperty().get()).isEqualTo(Place.of("account", "id", sub));
            assertThat(elsewhere).isEmpty();
        }
    }

    @Test
    void anotherPartnerIsANewSignInAndAnApiClientHasNoAccountsToSwitch() {
        String partner = sandbox.session().partnerId();
        var accounts = sandbox.client().accounts();
        assertThat(AccountSwitcherViewModel.reach(partner, partner, accounts)).isEqualTo(Reach.CURRENT);
        assertThat(AccountSwitcherViewModel.reach(partner, sandbox.account(1).accountId(), accounts))
                .isEqualTo(Reach.SUB_ACCOUNT);
        // An account the partner's API does not know is someone else's: a new sign-in.
        assertThat(AccountSwitcherViewModel.reach(partner, partner.charAt(0) + "98700000", accounts))
                .isEqualTo(Reach.OTHER);

        TestServices test = TestServices.of(sandbox.session(), configDir);
        List<String> elsewhere = new ArrayList<>();
        AccountSwitcherViewModel switcher = new AccountSwitcherViewModel(test.services, elsewhere::add);
        switcher.load();
        assertThat(switcher.accounts()).isEmpty();
        assertThat(switcher.messageProperty().get()).contains("Sign in as a person");

        assertThat(switcher.choose(new Choice("T45600000", "Other partner AS", Reach.OTHER))).isTrue();
        assertThat(elsewhere).containsExactly("T45600000");
    }
}
