package io.accountsdesk.sandbox.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountFixtures;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorCode;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorFields;
import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/** An account's own settings: its own token reads and changes them, a partner's token for another account gets 403. */
class SettingsRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("settings");

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    private static String settings(String accountId) {
        return "/accounts/" + accountId + "/management/settings";
    }

    @Test
    void aSubAccountReadsItsOwnSettingsWithoutWhatOnlyThePartnerManages() {
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "innstillinger@example.no", "Egen AS");
        Api.Reply reply = api.get(settings(merchant.accountId()), merchant.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode own = reply.json();
        JsonNode partnerView = api.get(api.accountsPath() + "/" + merchant.accountId(), token).json();
        assertThat(own.get("company")).isEqualTo(partnerView.get("company"));
        assertThat(own.get("partner_id").asText()).isEqualTo(api.partnerId());
        assertThat(keys(own)).doesNotContain("progression", "account_manager", "price_package", "statistics",
                "approvals_payments_statuses", "sale_channel");
    }

    @Test
    void putChangesOnlyWhatIsSentAndThePartnerSeesIt() {
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "endre@example.no", "Endre AS");
        ObjectNode update = Api.JSON.createObjectNode();
        update.putObject("company").put("display_name", "Endre Nettbutikk").putObject("address").put("postal_place", "Bergen");
        update.putObject("billing").put("email", "regning@endre.no");
        update.putObject("services").putObject("checkout").putObject("features").putObject("vipps")
                .put("requested", "enable");
        Api.Reply reply = api.put(settings(merchant.accountId()), merchant.token(), update);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode changed = reply.json();
        assertThat(changed.get("company").get("display_name").asText()).isEqualTo("Endre Nettbutikk");
        assertThat(changed.get("company").get("business_name").asText()).isEqualTo("Endre AS");
        assertThat(changed.get("company").get("address").get("postal_place").asText()).isEqualTo("Bergen");
        assertThat(changed.get("company").get("address").get("country").asText()).isEqualTo("NO");
        assertThat(changed.get("billing").get("email").asText()).isEqualTo("regning@endre.no");
        assertThat(changed.get("services").get("checkout").get("features").get("vipps").get("requested").asText())
                .isEqualTo("enable");

        assertThat(api.get(settings(merchant.accountId()), merchant.token()).json()).isEqualTo(changed);
        JsonNode partnerView = api.get(api.accountsPath() + "/" + merchant.accountId(), token).json();
        assertThat(partnerView.get("company")).isEqualTo(changed.get("company"));
        assertThat(partnerView.get("progression").asText()).isEqualTo("applied");
    }

    @Test
    void putValidatesEveryFieldAndStoresNothingWhenRejected() {
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "feil.innstilling@example.no", "Feil AS");
        JsonNode before = api.get(settings(merchant.accountId()), merchant.token()).json();
        ObjectNode update = Api.JSON.createObjectNode();
        update.putObject("company").put("display_name", "Skal ikke lagres").putObject("address").put("country", "NOR");
        update.putObject("billing").put("email", "ikke epost");
        update.put("services", "all");
        assertThat(errorFields(api.put(settings(merchant.accountId()), merchant.token(), update), 400, "body"))
                .containsExactlyInAnyOrder("company.address.country", "billing.email", "services");
        assertThat(api.get(settings(merchant.accountId()), merchant.token()).json()).isEqualTo(before);
    }

    @Test
    void thePartnerHasSettingsOfItsOwn() {
        Api.Reply reply = api.get(settings(api.partnerId()), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode own = reply.json();
        assertThat(own.get("account_id").asText()).isEqualTo(api.partnerId());
        assertThat(own.get("company").get("business_name").asText()).isEqualTo("Nordvik Betaling AS");
        assertThat(own.get("partner_id").isNull()).isTrue();

        ObjectNode update = Api.JSON.createObjectNode();
        update.putObject("company").put("phone_number", "+4722000000");
        JsonNode changed = api.put(settings(api.partnerId()), token, update).json();
        assertThat(changed.get("company").get("phone_number").asText()).isEqualTo("+4722000000");
        assertThat(api.get(settings(api.partnerId()), token).json().get("company").get("phone_number").asText())
                .isEqualTo("+4722000000");
    }

    @Test
    void onlyATokenForTheAccountItselfMayReadOrChangeItsSettings() {
        String subAccount = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        assertThat(errorCode(api.get(settings(subAccount), token), 403)).isEqualTo("forbidden");
        assertThat(errorCode(api.put(settings(subAccount), token, "{}"), 403)).isEqualTo("forbidden");
        assertThat(api.get(settings(subAccount), null).status()).isEqualTo(401);
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "naboen@example.no", "Nabo AS");
        assertThat(api.get(settings(api.partnerId()), merchant.token()).status()).isEqualTo(403);
        assertThat(errorFields(api.get("/accounts/T123/management/settings", token), 400, "path")).containsExactly("aid");
    }

    @Test
    void settingsOfADeletedAccountAre404() {
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "slettet@example.no", "Slettet AS");
        assertThat(api.delete(api.accountsPath() + "/" + merchant.accountId(), token).status()).isEqualTo(200);
        assertThat(errorCode(api.get(settings(merchant.accountId()), merchant.token()), 404)).isEqualTo("not_found");
        assertThat(errorCode(api.put(settings(merchant.accountId()), merchant.token(), "{}"), 404)).isEqualTo("not_found");
    }
}
