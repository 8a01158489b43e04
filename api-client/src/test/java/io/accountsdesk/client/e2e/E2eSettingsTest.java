package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.AccountBilling;
import io.accountsdesk.client.accounts.AccountCompany;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.accounts.AccountServicesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.PayoutFeaturesInput;
import io.accountsdesk.client.accounts.AccountServicesInput.PayoutServiceInput;
import io.accountsdesk.client.accounts.AccountServicesInput.ServiceFeatureInput;
import io.accountsdesk.client.accounts.Address;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.settings.AccountSettings;
import io.accountsdesk.client.settings.SettingsUpdate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An account's own settings, read and changed through an exchanged token, and seen by the partner afterwards. */
class E2eSettingsTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(4);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    private static String subAccount(int index) {
        return client().accounts().list(AccountQuery.all().withLimit(index + 1), null).items().get(index).accountId();
    }

    @Test
    void aSubAccountsSettingsAreItsAccountWithoutThePartnersFields() {
        String aid = subAccount(0);
        AccountSettings settings = client().actingOn(aid).settings().get(aid);

        assertThat(settings.accountId()).isEqualTo(aid);
        assertThat(settings.partnerId()).isEqualTo(SANDBOX.partner());
        assertThat(settings.company()).isEqualTo(client().accounts().get(aid).company());
    }

    @Test
    void aCompanyChangeMergesAndThePartnerSeesIt() {
        String aid = subAccount(1);
        ApiClient sub = client().actingOn(aid);
        AccountSettings before = sub.settings().get(aid);
        AccountCompany change = new AccountCompany(null, "Nytt Navn", null, null, null, null, null, null,
                "tech@nytt.example", null, null, null, null, null);

        AccountSettings after = sub.settings().update(aid, SettingsUpdate.company(change));

        assertThat(after.company().displayName()).isEqualTo("Nytt Navn");
        assertThat(after.company().technicalEmail()).isEqualTo("tech@nytt.example");
        assertThat(after.company().businessName()).isEqualTo(before.company().businessName());
        assertThat(after.company().organizationNumber()).isEqualTo(before.company().organizationNumber());
        assertThat(client().accounts().get(aid).company().displayName()).isEqualTo("Nytt Navn");
    }

    @Test
    void billingAndRequestedServicesAreStored() {
        String aid = subAccount(2);
        ApiClient sub = client().actingOn(aid);
        Address address = new Address("Kirkegata 2", null, "7011", "Trondheim", "NO");
        sub.settings().update(aid, SettingsUpdate.billing(new AccountBilling("Faktura AS", "912345678", address,
                "faktura@shop.example", "PO-77", null)));
        sub.settings().update(aid, SettingsUpdate.services(AccountServicesInput.checkoutFeatures(
                Map.of("vipps", "enable"))));
        // The settings example's shape: payout.features.<feature>.requested.
        AccountSettings after = sub.settings().update(aid, SettingsUpdate.services(new AccountServicesInput(null,
                new PayoutServiceInput(new PayoutFeaturesInput(null, null, null, null,
                        ServiceFeatureInput.requested("enable"), null)))));

        assertThat(after.billing().reference()).isEqualTo("PO-77");
        assertThat(after.billing().address().postalPlace()).isEqualTo("Trondheim");
        assertThat(after.services().checkout().features().get("vipps").requested()).isEqualTo("enable");
        assertThat(after.services().payout()).isNotNull();
    }

    @Test
    void thePartnersOwnSettingsAreItsOwn() {
        AccountSettings settings = client().settings().get(SANDBOX.partner());
        assertThat(settings.accountId()).isEqualTo(SANDBOX.partner());
        assertThat(settings.company().businessName()).isNotBlank();
    }

    @Test
    void aSubAccountTokenCannotReadAnotherAccountsSettings() {
        String aid = subAccount(0);
        String other = subAccount(3);
        assertThatThrownBy(() -> client().actingOn(aid).settings().get(other))
                .isInstanceOf(ApiException.Forbidden.class);
    }
}
