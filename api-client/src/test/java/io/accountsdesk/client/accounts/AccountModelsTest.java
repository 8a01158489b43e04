package io.accountsdesk.client.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.contract.SpecFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logic on the account models: turning a fetched account into an update, and reading services both ways. */
class AccountModelsTest {

    /** The seed's example of {@code GET /accounts/{oid}/management/accounts/{aid}}. */
    private static Account seedAccount() throws Exception {
        return MockApi.JSON.readValue(Files.readString(SpecFiles.example("L03934.json")), Account.class);
    }

    @Test
    void anUpdateFromAFetchedAccountCarriesOnlyWhatThePartnerMayChange() throws Exception {
        Account account = seedAccount();
        JsonNode update = MockApi.JSON.valueToTree(AccountUpdate.from(account).build());

        List<String> sent = new ArrayList<>();
        update.fieldNames().forEachRemaining(sent::add);
        assertThat(sent).containsExactlyInAnyOrder("applicant", "company", "billing", "subscription", "livemode",
                "language_code", "progression", "reseller_id", "account_manager", "permissions", "sale_channel",
                "price_package");
        // The server stamps the agreement's acceptance; sending it back would claim a time the server did not record.
        assertThat(update.at("/applicant/agreement").has("accepted_at")).isFalse();
        assertThat(update.at("/applicant/agreement/name").asText()).isEqualTo("string");
        assertThat(update.at("/company/organization_number").asText())
                .isEqualTo(account.company().organizationNumber());
        assertThat(update.get("sale_channel").asText()).isEqualTo("DIRECT");
    }

    @Test
    void anUpdateSendsActiveAndServicesOnlyWhenAskedTo() throws Exception {
        AccountUpdate update = AccountUpdate.from(seedAccount()).active(true)
                .services(AccountServicesInput.checkoutFeatures(java.util.Map.of("vipps", "enable")))
                .build();
        JsonNode json = MockApi.JSON.valueToTree(update);
        assertThat(json.get("active").asBoolean()).isTrue();
        assertThat(json.at("/services/checkout/features/vipps")).isEqualTo(
                MockApi.JSON.createObjectNode().put("requested", "enable"));
        assertThat(json.at("/services").has("payout")).isFalse();
    }

    @Test
    void servicesAreListedByNameWithTheirFeatures() throws Exception {
        Account account = seedAccount();
        assertThat(account.servicesByName().keySet())
                .containsExactly("checkout", "payout", "customers", "discounts", "shopping", "receipts", "wallets");
        assertThat(account.servicesByName().get("checkout").featureStatuses()).containsKeys("vipps", "billie");
        assertThat(account.servicesByName().get("customers").featureStatuses()).isEmpty();
        assertThat(account.services().checkout().gateways().payex().creditcard().progression())
                .isEqualTo("not_applied");
    }

    @Test
    void payoutFeaturesReadTheSameWhetherNestedOrDirect() throws Exception {
        ServiceFeature enabled = new ServiceFeature(null, null, null, null, "enable", "enabled");
        ServiceFeature declined = new ServiceFeature(null, null, null, null, "enable", "declined");
        PayoutFeatures direct = new PayoutFeatures(null, null, null, null, null, null, null, null, null, enabled);
        PayoutFeatures nested = new PayoutFeatures(null, null, null, null, null, null, null,
                java.util.Map.of("daily_payouts", declined, "split_payment", declined), null, enabled);

        assertThat(direct.byName()).containsOnlyKeys("daily_payouts");
        // A feature given directly wins over the nested copy; the nested map fills in the rest.
        assertThat(nested.byName()).containsEntry("daily_payouts", enabled).containsEntry("split_payment", declined);
        assertThat(new PayoutService(null, null, null, null, null, null, null, null).featureStatuses()).isEmpty();
    }

    @Test
    void anAccountWithoutServicesListsNone() throws Exception {
        Account bare = MockApi.JSON.readValue("{\"account_id\":\"T12345678\"}", Account.class);
        assertThat(bare.servicesByName()).isEmpty();
        assertThat(bare.connections()).isEmpty();
    }

    @Test
    void unknownEnumValuesAreKeptAsSent() throws Exception {
        Account account = MockApi.JSON.readValue("{\"sale_channel\":\"MARKETPLACE\",\"progression\":\"paused\"}",
                Account.class);
        assertThat(account.saleChannel().isKnown()).isFalse();
        assertThat(MockApi.JSON.valueToTree(account).get("sale_channel").asText()).isEqualTo("MARKETPLACE");
        assertThat(account.progression().value()).isEqualTo("paused");
    }
}
