package io.accountsdesk.sandbox.accounts;

import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorFields;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.demo.DemoPartner;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.TestSandboxes;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sandbox started in live mode serves a production (P) partner, so the app can rehearse what it does against
 * production data: the partner is {@code P12300000}, every account it lists or creates has a P id and
 * {@code livemode: true}, and the whole account lifecycle, the exchange for a sub-account token and signing in work
 * under it.
 */
class LiveModePartnerTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("live-mode", options -> options.withLiveMode(true));

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    @Test
    void theSeededPartnerIsTheProductionOneWithItsOwnCredentials() {
        assertThat(OWN.sandbox().credentials().partnerId()).isEqualTo("P12300000");
        assertThat(api.partnerId()).isEqualTo("P12300000");

        JsonNode settings = api.get("/accounts/P12300000/management/settings", token).json();
        assertThat(settings.get("account_id").asText()).isEqualTo("P12300000");
        assertThat(settings.get("livemode").asBoolean()).isTrue();

        // Same seed, other mode: another client, so a test-mode script's credentials do not open production.
        DemoPartner live = DemoPartner.forSeed(SandboxOptions.DEFAULT_SEED, true);
        DemoPartner test = DemoPartner.forSeed(SandboxOptions.DEFAULT_SEED, false);
        assertThat(OWN.sandbox().credentials().clientId()).isEqualTo(live.client().clientId())
                .isNotEqualTo(test.client().clientId());
        assertThat(api.requestToken("T12300000", test.client().clientId(), test.client().clientSecret(),
                "{\"grant_type\":\"client_credentials\",\"audience\":\"" + api.baseUrl() + "/accounts/T12300000\"}")
                .status()).as("no test-mode partner here").isIn(401, 403);
    }

    @Test
    void everyListedAccountIsALiveAccountWithAPId() {
        List<JsonNode> all = api.listAll(token, "", 100);
        assertThat(all).hasSize(TestSandboxes.OWN_ACCOUNTS);
        for (JsonNode account : all) {
            assertThat(account.get("account_id").asText()).matches("^P\\d{8}$").doesNotEndWith("00000");
            assertThat(account.get("partner_id").asText()).isEqualTo("P12300000");
            assertThat(account.get("livemode").asBoolean()).as(account.get("account_id").asText()).isTrue();
        }
        // The seed's short partner form names the same partner.
        JsonNode shortForm = api.get("/accounts/P123/management/accounts?limit=100", token).json();
        assertThat(shortForm).hasSize(TestSandboxes.OWN_ACCOUNTS);
    }

    @Test
    void createUpdateAndDeleteWorkUnderTheProductionPartner() {
        ObjectNode body = newAccount("Produksjon AS");
        JsonNode created = AccountFixtures.created(api.post(api.accountsPath(), token, body));
        String id = created.get("account_id").asText();
        assertThat(id).matches("^P\\d{8}$").doesNotEndWith("00000");
        assertThat(created.get("partner_id").asText()).isEqualTo("P12300000");
        assertThat(created.get("livemode").asBoolean()).isTrue();
        assertThat(api.get(api.accountsPath() + "/" + id, token).json()).isEqualTo(created);

        ObjectNode update = Api.JSON.createObjectNode();
        update.set("applicant", created.get("applicant").deepCopy());
        update.set("company", AccountFixtures.company("Produksjon Norge AS"));
        update.set("billing", created.get("billing").deepCopy());
        update.put("livemode", true);
        Api.Reply updated = api.put(api.accountsPath() + "/" + id, token, update);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/company/business_name").asText()).isEqualTo("Produksjon Norge AS");
        assertThat(updated.json().get("livemode").asBoolean()).isTrue();

        Api.Reply deleted = api.delete(api.accountsPath() + "/" + id, token);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("account_id").asText()).isEqualTo(id);
        assertThat(deleted.json().get("deleted_at").asText()).isNotBlank();
        assertThat(api.get(api.accountsPath() + "/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void aProductionPartnerCannotMakeTestAccounts() {
        ObjectNode body = newAccount("Test AS");
        body.put("livemode", false);
        Api.Reply refused = api.post(api.accountsPath(), token, body);
        assertThat(errorFields(refused, 400, "body")).containsExactly("livemode");
        assertThat(refused.body()).contains("production (P) partner");

        String existing = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        JsonNode account = api.get(api.accountsPath() + "/" + existing, token).json();
        ObjectNode update = Api.JSON.createObjectNode();
        update.set("applicant", account.get("applicant").deepCopy());
        update.set("company", account.get("company").deepCopy());
        update.set("billing", account.get("billing").deepCopy());
        update.put("livemode", false);
        assertThat(errorFields(api.put(api.accountsPath() + "/" + existing, token, update), 400, "body"))
                .containsExactly("livemode");
        assertThat(api.get(api.accountsPath() + "/" + existing, token).json().get("livemode").asBoolean()).isTrue();
    }

    @Test
    void signupExchangeAndSignInWorkForTheProductionPartner() throws Exception {
        AccountFixtures.SignedUp signedUp = AccountFixtures.signUp(api, token, "live.signup@example.no", "Live Signup AS");
        assertThat(signedUp.accountId()).matches("^P\\d{8}$");
        JsonNode account = api.get(api.accountsPath() + "/" + signedUp.accountId(), token).json();
        assertThat(account.get("livemode").asBoolean()).isTrue();

        String sub = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        Api.Reply exchanged = api.post("/accounts/P12300000/auth/exchange_token", token, Map.of("account_id", sub));
        assertThat(exchanged.status()).as(exchanged.body()).isEqualTo(200);
        String subToken = exchanged.json().get("access_token").asText();
        assertThat(SignedJWT.parse(subToken).getJWTClaimsSet().getStringClaim("account_id")).isEqualTo(sub);
        JsonNode subSettings = api.get("/accounts/" + sub + "/management/settings", subToken).json();
        assertThat(subSettings.get("account_id").asText()).isEqualTo(sub);
        assertThat(subSettings.get("livemode").asBoolean()).isTrue();

        Api.Reply signedIn = api.post("/accounts/P12300000/auth/token", token, Map.of("grant_type", "password",
                "username", DemoUsers.TRAINEE, "password", DemoUsers.PASSWORD));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(SignedJWT.parse(signedIn.json().get("access_token").asText()).getJWTClaimsSet()
                .getStringClaim("account_id")).isEqualTo("P12300000");
    }
}
