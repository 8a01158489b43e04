package io.accountsdesk.app.screening;

import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.TestAccountPage;
import io.accountsdesk.app.security.HostileForms;
import io.accountsdesk.app.security.HostileSandbox;
import io.accountsdesk.app.security.HostileText;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile typing into the screening tab's three forms: the merchant and its principals (MATCH and VMSS searches, which
 * start from the account's own values), the termination report and the reviewer's decision. See
 * {@link HostileForms} for the property.
 */
class HostileScreeningInputTest extends HostileInputProperties {

    private static List<Account> accounts;

    @BeforeContainer
    static void accountsToTry() {
        accounts = HostileSandbox.get().session().client().accounts().stream(AccountQuery.all().withLimit(12))
                .toList();
    }

    private static ScreeningTabViewModel tab(List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        String aid = accounts.get(Math.floorMod(typing.hashCode(), accounts.size())).accountId();
        test.dialogs.typedAnswer = aid;
        ScreeningTabViewModel tab = new ScreeningTabViewModel(test.services,
                new TestAccountPage(HostileSandbox.get().session().client(), aid));
        tab.shown();
        tab.refill();
        return tab;
    }

    @Property(tries = 60)
    void theSearch(@ForAll("typing") List<HostileText.Typing> typing) {
        ScreeningTabViewModel tab = tab(typing);
        HostileForms.probe(tab.form().form(), typing, () -> {
            tab.searchMatch();
            tab.searchVmss();
        }, requests);
        tab.dispose();
    }

    @Property(tries = 40)
    void theTerminationReport(@ForAll("typing") List<HostileText.Typing> typing) {
        ScreeningTabViewModel tab = tab(typing);
        HostileForms.probe(tab.termination().form(), typing, tab::terminate, requests);
        tab.dispose();
    }

    @Property(tries = 40)
    void theDecision(@ForAll("typing") List<HostileText.Typing> typing) {
        ScreeningTabViewModel tab = tab(typing);
        HostileForms.probe(tab.decision().form(), typing, tab::recordDecision, requests);
        tab.dispose();
    }
}
