package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SpecFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorCode;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorFields;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

/** Create, update, delete, events and onboarding links of sub-accounts, black-box over HTTP. */
class AccountWriteRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("account-writes");

    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
    }

    private static String accountPath(String id) {
        return api.accountsPath() + "/" + id;
    }

    private static JsonNode create(ObjectNode body) {
        return AccountFixtures.created(api.post(api.accountsPath(), token, body));
    }

    private static JsonNode firstListed() {
        return api.get(api.accountsPath() + "?limit=1", token).json().get(0);
    }

    // ---- create ----

    @Test
    void theServicesOfTheSeedsCreateAndSettingsExamplesAreBothAccepted() throws Exception {
        // The create example nests payout's features under features.features beside status/progression; the settings
        // example puts them straight under features. A client may send either.
        for (String example : List.of("L01816.json", "L06271.json")) {
            JsonNode services = Json.MAPPER.readTree(SpecFiles.example(example).toFile()).get("services");
            ObjectNode body = newAccount("Tjenester " + example);
            body.set("services", services);
            JsonNode account = create(body);
            assertThat(account.at("/services/checkout/features/vipps/requested").asText()).as(example).isEqualTo("enable");
            assertThat(account.at("/services/payout/features").isObject()).as(example).isTrue();
        }
        ObjectNode bad = newAccount("Bad Services");
        bad.putObject("services").putObject("payout").putObject("features").put("split_payment", "enable");
        assertThat(errorFields(api.post(api.accountsPath(), token, bad), 400, "body"))
                .containsExactly("services.payout.features.split_payment");
    }

    @Test
    void createAnswersTheNewAccountWhichIsFirstInTheListAndReadable() {
        ObjectNode body = newAccount("Fjord Kaffe AS");
        body.put("progression", "applied");
        body.put("sale_channel", "DIRECT");
        body.putObject("account_manager").put("email", "Nora.Berg@dintero.com");
        JsonNode account = create(body);

        String id = account.get("account_id").asText();
        assertThat(id).matches("T\\d{8}").doesNotEndWith("00000");
        assertThat(account.get("partner_id").asText()).isEqualTo(api.partnerId());
        assertThat(account.get("company").get("business_name").asText()).isEqualTo("Fjord Kaffe AS");
        assertThat(account.get("livemode").asBoolean()).isFalse();
        assertThat(account.get("active").asBoolean()).isFalse();
        assertThat(account.get("currency").asText()).isEqualTo("NOK");
        assertThat(account.get("connections").size()).isZero();
        assertThat(account.get("applicant").get("agreement").get("accepted_at").asText()).isNotBlank();
        assertThat(account.get("created_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());

        assertThat(firstListed()).isEqualTo(account);
        assertThat(api.get(accountPath(id), token).json()).isEqualTo(account);
        // The list's filters follow the document.
        JsonNode byManager = api.get(api.accountsPath() + "?account_manager=nora.berg@dintero.com&limit=1", token).json();
        assertThat(byManager.get(0).get("account_id").asText()).isEqualTo(id);
        JsonNode bySearch = api.get(api.accountsPath() + "?search=Fjord%20Kaffe", token).json();
        assertThat(bySearch).extracting(a -> a.get("account_id").asText()).contains(id);
    }

    @Test
    void createGivesEveryAccountItsOwnIdAndNewestFirst() {
        String first = create(newAccount("Alpha AS")).get("account_id").asText();
        String second = create(newAccount("Beta AS")).get("account_id").asText();
        assertThat(second).isNotEqualTo(first);
        JsonNode page = api.get(api.accountsPath() + "?limit=2", token).json();
        assertThat(page.get(0).get("account_id").asText()).isEqualTo(second);
        assertThat(page.get(1).get("account_id").asText()).isEqualTo(first);
    }

    @Test
    void createValidatesTheBodyAndNamesEveryBadField() {
        ObjectNode body = newAccount("Bad Data AS");
        body.remove("billing");
        ((ObjectNode) body.get("company").get("address")).put("country", "Norway");
        ((ObjectNode) body.get("applicant")).put("email", "not-an-email");
        body.put("progression", "paused");
        body.put("partner_id", "T12300000");
        body.putArray("invite_users").addObject().put("first_name", "No email");
        body.putArray("actions").add("send_welcome");
        assertThat(errorFields(api.post(api.accountsPath(), token, body), 400, "body")).containsExactlyInAnyOrder(
                "billing", "company.address.country", "applicant.email", "progression", "partner_id",
                "invite_users[0].email", "actions[0]");
    }

    @Test
    void createRequiresApplicantCompanyAndBillingAndABusinessName() {
        assertThat(errorFields(api.post(api.accountsPath(), token, "{}"), 400, "body"))
                .containsExactlyInAnyOrder("applicant", "company", "billing");
        ObjectNode body = newAccount("x");
        ((ObjectNode) body.get("company")).remove("business_name");
        assertThat(errorFields(api.post(api.accountsPath(), token, body), 400, "body"))
                .containsExactly("company.business_name");
        assertThat(errorFields(api.post(api.accountsPath(), token, "not json"), 400, "body")).containsExactly("body");
    }

    @Test
    void aTestModePartnerCannotCreateLiveAccountsOrAccountsForAnotherPartner() {
        ObjectNode body = newAccount("Live AS");
        body.put("livemode", true);
        body.put("partner_id", "T999");
        assertThat(errorFields(api.post(api.accountsPath(), token, body), 400, "body"))
                .containsExactlyInAnyOrder("livemode", "partner_id");
    }

    @Test
    void createWithACustomPricePackageCreatesAndAssignsIt() {
        ObjectNode body = newAccount("Pris AS");
        body.set("custom_price_package", AccountFixtures.pricePackage(null));
        JsonNode account = create(body);
        String id = account.get("account_id").asText();
        String ppid = account.get("price_package").asText();
        assertThat(ppid).isEqualTo(id + "_CUSTOM");

        JsonNode listed = api.get("/accounts/" + api.partnerId() + "/management/price-packages?price_package_id=" + ppid,
                token).json().get("price_packages");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("type").asText()).isEqualTo("account");
        assertThat(listed.get(0).get("creation_state").asText()).isEqualTo("custom");
        assertThat(listed.get(0).get("name").asText()).isEqualTo("Custom package");
    }

    @Test
    void aRejectedCreateStoresNeitherTheAccountNorItsCustomPricePackage() {
        String before = firstListed().get("account_id").asText();
        int packagesBefore = accountPackages();
        ObjectNode body = newAccount("Halvveis AS");
        body.set("custom_price_package", AccountFixtures.pricePackage(null));
        // Found only after the custom package was written inside the transaction.
        body.put("price_package", "NO_DINTERO_PP001");
        assertThat(errorFields(api.post(api.accountsPath(), token, body), 400, "body")).containsExactly("price_package");
        assertThat(firstListed().get("account_id").asText()).isEqualTo(before);
        assertThat(accountPackages()).isEqualTo(packagesBefore);

        // A custom package id that is taken: 409, and no account either.
        ObjectNode taken = newAccount("Opptatt AS");
        taken.set("custom_price_package", AccountFixtures.pricePackage("NO_DINTERO_PP002"));
        assertThat(errorCode(api.post(api.accountsPath(), token, taken), 409)).isEqualTo("conflict");
        assertThat(firstListed().get("account_id").asText()).isEqualTo(before);
    }

    private static int accountPackages() {
        return api.get("/accounts/" + api.partnerId() + "/management/price-packages?type=account&limit=100", token)
                .json().get("price_packages").size();
    }

    @Test
    void createAcceptsAnExistingPricePackageAndRefusesAnUnknownOne() {
        ObjectNode body = newAccount("Kjent AS");
        body.put("price_package", "SE_DINTERO_PP003");
        assertThat(create(body).get("price_package").asText()).isEqualTo("SE_DINTERO_PP003");
        body.put("price_package", "NOPE");
        assertThat(errorFields(api.post(api.accountsPath(), token, body), 400, "body")).containsExactly("price_package");
    }

    @Test
    void sendInviteEmailsEveryInviteeThroughTheOutbox() {
        ObjectNode body = newAccount("Invitert AS");
        body.putArray("invites").add("first.invitee@example.no");
        body.putArray("invite_users").addObject().put("email", "second.invitee@example.no")
                .put("first_name", "Kari").put("last_name", "Dahl");
        body.put("invitation_note", "Velkommen!");
        body.putArray("actions").add("send_invite");
        String id = create(body).get("account_id").asText();
        JsonNode first = AccountFixtures.outbox(api, "first.invitee@example.no").get(0);
        assertThat(first.get("purpose").asText()).isEqualTo("account_invitation");
        assertThat(first.get("text").asText()).contains(id).contains("Velkommen!");
        assertThat(AccountFixtures.outbox(api, "second.invitee@example.no").get(0).get("text").asText())
                .contains("Kari Dahl");

        ObjectNode quiet = newAccount("Stille AS");
        quiet.putArray("invites").add("not.invited@example.no");
        create(quiet);
        assertThat(AccountFixtures.outbox(api, "not.invited@example.no")).isEmpty();
    }

    @Test
    void writesNeedAPartnerTokenForThePathsPartner() {
        assertThat(api.post(api.accountsPath(), null, newAccount("x")).status()).isEqualTo(401);
        assertThat(api.post("/accounts/T45600000/management/accounts", token, newAccount("x")).status()).isEqualTo(403);
        assertThat(api.delete(accountPath("T99999999"), "bad.token.here").status()).isEqualTo(401);
    }

    // ---- update ----

    @Test
    void updateChangesWhatIsSentAndKeepsTheRest() {
        ObjectNode body = newAccount("Gammel AS");
        body.putObject("account_manager").put("email", "emil.dahl@dintero.com");
        body.put("reseller_id", "R-1");
        JsonNode account = create(body);
        String id = account.get("account_id").asText();

        ObjectNode update = Api.JSON.createObjectNode();
        update.set("applicant", AccountFixtures.applicant("ny@example.no"));
        update.set("company", Api.JSON.createObjectNode().put("business_name", "Ny AS"));
        update.set("billing", Api.JSON.createObjectNode().put("reference", "Kari"));
        update.put("progression", "live");
        update.put("active", true);
        update.putNull("reseller_id");
        Api.Reply reply = api.put(accountPath(id), token, update);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode updated = reply.json();

        assertThat(updated.get("company").get("business_name").asText()).isEqualTo("Ny AS");
        assertThat(updated.get("company").get("organization_number").asText()).isEqualTo("923609016");
        assertThat(updated.get("billing").get("reference").asText()).isEqualTo("Kari");
        assertThat(updated.get("billing").get("email").asText()).isEqualTo("faktura@example.no");
        assertThat(updated.get("applicant").get("email").asText()).isEqualTo("ny@example.no");
        assertThat(updated.get("progression").asText()).isEqualTo("live");
        assertThat(updated.get("active").asBoolean()).isTrue();
        assertThat(updated.get("reseller_id").isNull()).isTrue();
        assertThat(updated.get("account_manager").get("email").asText()).isEqualTo("emil.dahl@dintero.com");
        assertThat(updated.get("created_at")).isEqualTo(account.get("created_at"));
        assertThat(Instant.parse(updated.get("updated_at").asText()))
                .isAfterOrEqualTo(Instant.parse(account.get("updated_at").asText()));
        assertThat(api.get(accountPath(id), token).json()).isEqualTo(updated);
        // Still first: an update does not move the account in the list.
        JsonNode search = api.get(api.accountsPath() + "?search=Ny%20AS", token).json();
        assertThat(search).extracting(a -> a.get("account_id").asText()).contains(id);
    }

    @Test
    void updateRequiresApplicantCompanyAndBillingAndAnswers404ForUnknownAccounts() {
        String id = create(newAccount("Krav AS")).get("account_id").asText();
        ObjectNode partial = Api.JSON.createObjectNode().put("progression", "frozen");
        assertThat(errorFields(api.put(accountPath(id), token, partial), 400, "body"))
                .containsExactlyInAnyOrder("applicant", "company", "billing");
        ObjectNode bad = newAccount("Krav AS");
        bad.put("sale_channel", "SHOP");
        assertThat(errorFields(api.put(accountPath(id), token, bad), 400, "body")).containsExactly("sale_channel");
        assertThat(api.get(accountPath(id), token).json().get("progression").asText()).isEqualTo("applied");
        assertThat(errorCode(api.put(accountPath("T99999998"), token, newAccount("x")), 404)).isEqualTo("not_found");
    }

    // ---- delete ----

    @Test
    void deleteAnswersTheAccountAsItWasAndForgetsIt() {
        JsonNode account = create(newAccount("Borte AS"));
        String id = account.get("account_id").asText();
        api.post(accountPath(id) + "/events", token, comment("before delete"));
        Api.Reply reply = api.delete(accountPath(id), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode deleted = reply.json();
        assertThat(deleted.get("account_id").asText()).isEqualTo(id);
        assertThat(deleted.get("company")).isEqualTo(account.get("company"));
        assertThat(deleted.get("deleted_at").asText()).isNotBlank();
        assertThat(deleted.get("deleted_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());

        assertThat(api.get(accountPath(id), token).status()).isEqualTo(404);
        assertThat(api.delete(accountPath(id), token).status()).isEqualTo(404);
        assertThat(api.get(accountPath(id) + "/events", token).status()).isEqualTo(404);
        assertThat(firstListed().get("account_id").asText()).isNotEqualTo(id);
    }

    // ---- events ----

    private static ObjectNode comment(String text) {
        return Api.JSON.createObjectNode().put("event_type", "comment").put("body", text).put("visibility", "private");
    }

    @Test
    void commentsAreListedNewestFirstAndPageWithStartingAfter() {
        String id = create(newAccount("Logg AS")).get("account_id").asText();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            JsonNode event = AccountFixtures.created(api.post(accountPath(id) + "/events", token, comment("note " + i)));
            assertThat(event.get("event_type").asText()).isEqualTo("comment");
            assertThat(event.get("body").asText()).isEqualTo("note " + i);
            assertThat(event.get("visibility").asText()).isEqualTo("private");
            assertThat(event.get("created_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());
            ids.add(0, event.get("id").asText());
        }
        JsonNode all = api.get(accountPath(id) + "/events", token).json();
        assertThat(all).extracting(e -> e.get("id").asText()).containsExactlyElementsOf(ids);
        JsonNode page = api.get(accountPath(id) + "/events?type=comment&limit=2", token).json();
        assertThat(page).extracting(e -> e.get("id").asText()).containsExactly(ids.get(0), ids.get(1));
        JsonNode rest = api.get(accountPath(id) + "/events?limit=2&starting_after=" + ids.get(1), token).json();
        assertThat(rest).extracting(e -> e.get("id").asText()).containsExactly(ids.get(2));
    }

    @Test
    void eventsValidateBodyAndQueryAndAnswer404ForUnknownAccounts() {
        String id = create(newAccount("Feil AS")).get("account_id").asText();
        ObjectNode bad = Api.JSON.createObjectNode().put("event_type", "note").put("visibility", "public");
        assertThat(errorFields(api.post(accountPath(id) + "/events", token, bad), 400, "body"))
                .containsExactlyInAnyOrder("event_type", "visibility", "body");
        assertThat(api.get(accountPath(id) + "/events", token).json()).isEmpty();
        assertThat(errorFields(api.get(accountPath(id) + "/events?type=status&limit=0&starting_after=nope", token),
                400, "query")).containsExactlyInAnyOrder("type", "limit", "starting_after");
        assertThat(api.post(accountPath("T99999997") + "/events", token, comment("x")).status()).isEqualTo(404);
        assertThat(api.get(accountPath("T99999997") + "/events", token).status()).isEqualTo(404);
    }

    // ---- onboarding link ----

    @Test
    void onboardingLinkNamesThePartnerTheAccountAndWhenItExpires() {
        String id = create(newAccount("Lenke AS")).get("account_id").asText();
        JsonNode link = AccountFixtures.created(api.post(accountPath(id) + "/partner_onboarding_link", token, null));
        assertThat(link.get("partner_onboarding_url").asText())
                .startsWith("https://onboarding.dintero.com/?partner=" + api.partnerId()).contains(id);
        assertThat(link.get("client_id").asText()).isNotBlank();
        Instant expires = Instant.parse(link.get("expires_at").asText());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(8)));
        JsonNode again = AccountFixtures.created(api.post(accountPath(id) + "/partner_onboarding_link", token, null));
        assertThat(again.get("partner_onboarding_url")).isNotEqualTo(link.get("partner_onboarding_url"));
        assertThat(errorCode(api.post(accountPath("T99999996") + "/partner_onboarding_link", token, null), 404))
                .isEqualTo("not_found");
    }

    // ---- the whole life of an account ----

    @Test
    void anAccountMovesFromCreateThroughUpdateAndEventsToDelete() {
        JsonNode created = create(newAccount("Livsløp AS"));
        String id = created.get("account_id").asText();
        assertThat(created.get("progression").asText()).isEqualTo("applied");

        ObjectNode update = newAccount("Livsløp AS");
        update.put("progression", "live");
        assertThat(api.put(accountPath(id), token, update).json().get("progression").asText()).isEqualTo("live");
        AccountFixtures.created(api.post(accountPath(id) + "/events", token, comment("Went live after review")));
        update.put("progression", "deactivated");
        assertThat(api.put(accountPath(id), token, update).json().get("progression").asText()).isEqualTo("deactivated");

        JsonNode events = api.get(accountPath(id) + "/events", token).json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("body").asText()).isEqualTo("Went live after review");

        JsonNode deleted = api.delete(accountPath(id), token).json();
        assertThat(deleted.get("progression").asText()).isEqualTo("deactivated");
        assertThat(api.get(accountPath(id), token).status()).isEqualTo(404);
    }
}
