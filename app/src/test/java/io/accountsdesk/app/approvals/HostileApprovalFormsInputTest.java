package io.accountsdesk.app.approvals;

import io.accountsdesk.app.security.HostileInputProperties;
import io.accountsdesk.app.TestServices;
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
 * Hostile typing into the payment application, the seller (payout destination) and the CDD case forms. See
 * {@link HostileForms} for the property.
 */
class HostileApprovalFormsInputTest extends HostileInputProperties {

    private static List<Account> accounts;

    @BeforeContainer
    static void accountsToTry() {
        accounts = HostileSandbox.get().session().client().accounts().stream(AccountQuery.all().withLimit(12))
                .toList();
    }

    private static String anAccount(List<HostileText.Typing> typing) {
        return accounts.get(Math.floorMod(typing.hashCode(), accounts.size())).accountId();
    }

    @Property(tries = 60)
    void thePaymentApplication(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        PaymentApplicationForm form = new PaymentApplicationForm(test.services, anAccount(typing), done -> { });
        HostileForms.probe(form.form(), typing, form::submit, requests);
        form.close();
    }

    @Property(tries = 60)
    void theSeller(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        SellerForm form = new SellerForm(test.services, anAccount(typing), done -> { });
        HostileForms.probe(form.form(), typing, form::submit, requests);
        form.close();
    }

    @Property(tries = 60)
    void theCddCase(@ForAll("typing") List<HostileText.Typing> typing) {
        TestServices test = HostileSandbox.services();
        CddCaseForm form = new CddCaseForm(test.services, anAccount(typing), done -> { });
        HostileForms.probe(form.form(), typing, form::submit, requests);
        form.close();
    }
}
