package io.accountsdesk.sandbox.signup;

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
import static io.accountsdesk.sandbox.accounts.AccountFixtures.outbox;
import static org.assertj.core.api.Assertions.assertThat;

/** Own signup (initiate → code from the outbox → verify) and pre-filled signups (create → get → accept). */
class SignupRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("signup");

    private static Api api;
    private static String token;
    private static String signup;
    private static String prefill;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        signup = "/accounts/" + api.partnerId() + "/signup";
        prefill = signup + "/prefill";
    }

    private static ObjectNode application(String email) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", AccountFixtures.applicant(email));
        body.set("company", AccountFixtures.company("Selvbetjent AS"));
        return body;
    }

    private static String codeFor(String email) {
        return outbox(api, email).get(0).get("code").asText();
    }

    @Test
    void signupSendsACodeAndVerifyingItCreatesTheAccount() {
        Api.Reply started = api.post(signup, token, application("ny.kunde@example.no"));
        assertThat(started.status()).as(started.body()).isEqualTo(204);
        JsonNode message = outbox(api, "ny.kunde@example.no").get(0);
        assertThat(message.get("purpose").asText()).isEqualTo("signup_verification");
        String code = message.get("code").asText();
        assertThat(code).matches("\\d{6}");
        assertThat(message.get("text").asText()).contains(code);

        Api.Reply verified = api.post(signup + "/verify?verification_code=" + code, token, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode answer = verified.json();
        String id = answer.get("account_id").asText();
        assertThat(id).matches("T\\d{8}");
        assertThat(answer.get("email").asText()).isEqualTo("ny.kunde@example.no");
        assertThat(answer.get("access_token").isNull()).isTrue();
        assertThat(answer.get("previous_password_token").asText()).isNotBlank();

        JsonNode account = api.get(api.accountsPath() + "/" + id, token).json();
        assertThat(account.get("company").get("business_name").asText()).isEqualTo("Selvbetjent AS");
        assertThat(account.get("sale_channel").asText()).isEqualTo("INBOUND");
        assertThat(account.get("progression").asText()).isEqualTo("applied");
        assertThat(account.get("applicant").get("email").asText()).isEqualTo("ny.kunde@example.no");
        assertThat(api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText())
                .isEqualTo(id);
        JsonNode welcome = outbox(api, "ny.kunde@example.no").get(0);
        assertThat(welcome.get("purpose").asText()).isEqualTo("signup_welcome");
        assertThat(welcome.get("text").asText()).contains(id).contains("backoffice.dintero.com");

        // A code works once.
        assertThat(errorFields(api.post(signup + "/verify?verification_code=" + code, token, null), 400, "query"))
                .containsExactly("verification_code");
    }

    @Test
    void verifyWithAuthorizeGivesATokenForTheNewAccount() {
        AccountFixtures.SignedUp account = AccountFixtures.signUp(api, token, "med.token@example.no", "Token AS");
        Api.Reply settings = api.get("/accounts/" + account.accountId() + "/management/settings", account.token());
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        assertThat(settings.json().get("account_id").asText()).isEqualTo(account.accountId());
        // The new account's token is not the partner's.
        assertThat(api.get(api.accountsPath(), account.token()).status()).isEqualTo(403);
    }

    @Test
    void aSignupWithoutACompanyIsNamedAfterTheApplicant() {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", AccountFixtures.applicant("bare.person@example.no"));
        assertThat(api.post(signup, token, body).status()).isEqualTo(204);
        Api.Reply verified = api.post(signup + "/verify?verification_code=" + codeFor("bare.person@example.no"),
                token, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode account = api.get(api.accountsPath() + "/" + verified.json().get("account_id").asText(), token).json();
        assertThat(account.get("company").get("business_name").asText()).isEqualTo("Ola Nordmann");
        assertThat(account.get("language_code").asText()).isEqualTo("en");
        assertThat(account.get("currency").isNull()).isTrue();
    }

    @Test
    void signupAndVerifyValidateTheirInput() {
        ObjectNode body = application("x@example.no");
        ((ObjectNode) body.get("applicant")).remove("email");
        ((ObjectNode) body.get("company")).put("technical_email", "nope");
        assertThat(errorFields(api.post(signup, token, body), 400, "body"))
                .containsExactlyInAnyOrder("applicant.email", "company.technical_email");
        assertThat(errorFields(api.post(signup, token, "{}"), 400, "body")).containsExactly("applicant");

        assertThat(errorFields(api.post(signup + "/verify", token, null), 400, "query"))
                .containsExactly("verification_code");
        assertThat(errorFields(api.post(signup + "/verify?verification_code=000000&authorize=Basic", token, null),
                400, "query")).containsExactly("authorize");
        assertThat(errorFields(api.post(signup + "/verify?verification_code=12", token, null), 400, "query"))
                .containsExactly("verification_code");
    }

    @Test
    void aRejectedSignupSendsNothing() {
        ObjectNode body = application("stille@example.no");
        ((ObjectNode) body.get("company")).put("business_name", "");
        assertThat(errorFields(api.post(signup, token, body), 400, "body")).containsExactly("company.business_name");
        assertThat(outbox(api, "stille@example.no")).isEmpty();
    }

    @Test
    void signupNeedsAPartnerTokenForThePath() {
        assertThat(api.post(signup, null, application("a@example.no")).status()).isEqualTo(401);
        assertThat(api.post("/accounts/T45600000/signup", token, application("a@example.no")).status()).isEqualTo(403);
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "kan.ikke@example.no", "Ikke Partner AS");
        // A merchant's own token is for its own id, but it is no partner: nothing signs up under it.
        assertThat(errorCode(api.post("/accounts/" + merchant.accountId() + "/signup", merchant.token(),
                application("b@example.no")), 403)).isEqualTo("forbidden");
    }

    // ---- pre-filled signups ----

    private static ObjectNode prefillBody(String email, String name) {
        ObjectNode body = Api.JSON.createObjectNode();
        body.set("applicant", AccountFixtures.applicant(email));
        body.set("company", AccountFixtures.company(name));
        body.set("billing", AccountFixtures.billing(name));
        body.putObject("account_manager").put("email", "ingrid.solberg@dintero.com");
        return body;
    }

    @Test
    void aPrefillIsCreatedReadAndAcceptedOnce() {
        JsonNode created = AccountFixtures.created(api.post(prefill, token, prefillBody("ferdig@example.no", "Forhånd AS")));
        String id = created.get("prefill_id").asText();
        assertThat(id).isNotBlank();
        assertThat(created.get("company").get("business_name").asText()).isEqualTo("Forhånd AS");
        assertThat(created.has("_sandbox")).isFalse();
        JsonNode invitation = outbox(api, "ferdig@example.no").get(0);
        assertThat(invitation.get("purpose").asText()).isEqualTo("signup_prefill");
        assertThat(invitation.get("text").asText()).contains(id);

        Api.Reply read = api.get(prefill + "/" + id, token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created);

        ObjectNode accepted = prefillBody("ferdig@example.no", "Forhånd Endelig AS");
        Api.Reply reply = api.post(prefill + "/" + id + "?authorize=Bearer", token, accepted);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        String accountId = answer.get("account_id").asText();
        assertThat(answer.get("prefill_id").asText()).isEqualTo(id);
        assertThat(answer.get("company").get("business_name").asText()).isEqualTo("Forhånd Endelig AS");
        assertThat(answer.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.get("expires_in").asLong()).isPositive();
        JsonNode account = api.get(api.accountsPath() + "/" + accountId, token).json();
        assertThat(account.get("company").get("business_name").asText()).isEqualTo("Forhånd Endelig AS");
        assertThat(account.get("sale_channel").asText()).isEqualTo("PARTNER");
        assertThat(account.get("account_manager").get("email").asText()).isEqualTo("ingrid.solberg@dintero.com");
        JsonNode welcome = outbox(api, "ferdig@example.no").get(0);
        assertThat(welcome.get("purpose").asText()).isEqualTo("signup_welcome");
        assertThat(welcome.get("text").asText()).contains(welcome.get("code").asText());
        assertThat(api.get("/accounts/" + accountId + "/management/settings", answer.get("access_token").asText())
                .status()).isEqualTo(200);

        // Accepted: no longer readable as pending, and not accepted twice.
        assertThat(errorCode(api.get(prefill + "/" + id, token), 404)).isEqualTo("not_found");
        assertThat(errorCode(api.post(prefill + "/" + id, token, accepted), 409)).isEqualTo("conflict");
    }

    @Test
    void prefillsValidateTheirBodyAndUnknownIdsAre404() {
        ObjectNode body = prefillBody("p@example.no", "P AS");
        body.remove("billing");
        ((ObjectNode) body.get("company").get("address")).put("country", "no");
        assertThat(errorFields(api.post(prefill, token, body), 400, "body"))
                .containsExactlyInAnyOrder("billing", "company.address.country");
        assertThat(outbox(api, "p@example.no")).isEmpty();
        assertThat(errorCode(api.get(prefill + "/does-not-exist", token), 404)).isEqualTo("not_found");
        assertThat(errorCode(api.post(prefill + "/does-not-exist", token, prefillBody("p@example.no", "P AS")), 404))
                .isEqualTo("not_found");

        String id = AccountFixtures.created(api.post(prefill, token, prefillBody("q@example.no", "Q AS")))
                .get("prefill_id").asText();
        assertThat(errorFields(api.post(prefill + "/" + id, token, "{}"), 400, "body"))
                .containsExactlyInAnyOrder("applicant", "company", "billing");
        assertThat(errorFields(api.post(prefill + "/" + id + "?authorize=yes", token, prefillBody("q@example.no", "Q AS")),
                400, "query")).containsExactly("authorize");
        // Nothing was accepted by the rejected attempts.
        assertThat(api.get(prefill + "/" + id, token).status()).isEqualTo(200);
    }
}
