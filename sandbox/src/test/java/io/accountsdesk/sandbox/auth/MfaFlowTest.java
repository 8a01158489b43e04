package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.users.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password grant's state machine: password → mfa_required → challenge → code from the outbox → mfa-oob →
 * tokens → refresh → revoke → refresh refused; and MFA recovery over two channels.
 */
class MfaFlowTest {

    private static SignIn s;

    @BeforeAll
    static void start() {
        s = SignIn.start("mfa");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void passwordMfaRefreshRevoke() throws Exception {
        JsonNode user = s.createAuthUser(s.partner, s.client(), "mia", "secret-pass-1", "sms", "email");
        assertThat(user.at("/mfa/oob_channels").toString()).isEqualTo("[\"sms\",\"email\"]");

        // password → 403 mfa_required carrying the mfa_token
        Api.Reply required = s.password(s.partner, s.client(), "mia", "secret-pass-1");
        assertError(required, 403, "mfa_required");
        String mfaToken = required.json().at("/error/mfa_token").asText();
        assertThat(mfaToken).isNotBlank();
        assertThat(required.json().at("/error/oob_channels").toString()).isEqualTo("[\"sms\",\"email\"]");

        // challenge → oob_code; the code goes to the outbox by SMS
        Api.Reply challenge = s.api.post("/accounts/" + s.partner + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "oob_channel", "sms", "mfa_token", mfaToken));
        assertThat(challenge.status()).as(challenge.body()).isEqualTo(200);
        assertThat(challenge.json().get("binding_method").asText()).isEqualTo("prompt");
        String oobCode = challenge.json().get("oob_code").asText();
        String code = s.outboxCode("+4791234567", "mfa");
        assertThat(code).matches("\\d{6}");

        // a wrong code is refused and the challenge stays usable
        String wrong = code.equals("000000") ? "111111" : "000000";
        Api.Reply refused = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa-oob",
                "mfa_token", mfaToken, "oob_code", oobCode, "binding_code", wrong));
        assertError(refused, 400, "invalid_grant");
        assertThat(fields(refused)).containsExactly("binding_code");

        Api.Reply tokens = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa-oob",
                "mfa_token", mfaToken, "oob_code", oobCode, "binding_code", code));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        String access = tokens.json().get("access_token").asText();
        String refresh = tokens.json().get("refresh_token").asText();
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getSubject()).isEqualTo(user.get("id").asText());
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getStringClaim("account_id")).isEqualTo(s.partner);
        assertThat(s.api.get("/account/user", access).json().get("id").asText()).isEqualTo(user.get("id").asText());

        // the MFA token is spent once used
        assertError(s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa-oob",
                "mfa_token", mfaToken, "oob_code", oobCode, "binding_code", code)), 400, "invalid_grant");

        // refresh → a new access token for the same user
        Api.Reply refreshed = s.api.post(s.tokenPath(s.partner), s.client(),
                body("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String again = refreshed.json().get("access_token").asText();
        assertThat(again).isNotEqualTo(access);
        assertThat(SignedJWT.parse(again).getJWTClaimsSet().getSubject()).isEqualTo(user.get("id").asText());

        // revoke → refresh refused
        Api.Reply revoked = s.api.post("/accounts/" + s.partner + "/auth/revoke", s.client(), body("token", refresh));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().size()).isZero();
        Api.Reply afterRevoke = s.api.post(s.tokenPath(s.partner), s.client(),
                body("grant_type", "refresh_token", "refresh_token", refresh));
        assertError(afterRevoke, 400, "invalid_grant");
        assertThat(fields(afterRevoke)).containsExactly("refresh_token");
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        s.createAuthUser(s.partner, s.client(), "nils", "secret-pass-2");
        Api.Reply wrong = s.password(s.partner, s.client(), "nils", "not-it");
        Api.Reply unknown = s.password(s.partner, s.client(), "nobody", "not-it");
        assertError(wrong, 400, "invalid_grant");
        assertError(unknown, 400, "invalid_grant");
        assertThat(wrong.json().at("/error/message")).isEqualTo(unknown.json().at("/error/message"));
        // Without MFA the password alone signs in, with a refresh token.
        assertThat(s.signIn(s.partner, "nils", "secret-pass-2").has("refresh_token")).isTrue();
    }

    @Test
    void userGrantsNeedTheClientAndItsAccount() {
        s.createAuthUser(s.partner, s.client(), "olga", "secret-pass-3");
        assertError(s.password(s.partner, null, "olga", "secret-pass-3"), 401, "invalid_client");
        assertError(s.password(s.partner, "not-a-jwt", "olga", "secret-pass-3"), 401, "invalid_client");
        String userToken = s.signIn(s.partner, "olga", "secret-pass-3").get("access_token").asText();
        assertError(s.password(s.partner, userToken, "olga", "secret-pass-3"), 403, "forbidden");
        // The partner's client token cannot sign users in to a sub-account (that needs an exchange token).
        assertError(s.password(s.subAccount(0), s.client(), "olga", "secret-pass-3"), 403, "forbidden");
        // Bad bodies name the field.
        Api.Reply missing = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "password", "username", "olga"));
        assertError(missing, 400, "invalid_request");
        assertThat(fields(missing)).containsExactly("password");
        Api.Reply oobMissing = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa_oob"));
        assertThat(fields(oobMissing)).containsExactlyInAnyOrder("mfa_token", "oob_code", "binding_code");
    }

    @Test
    void challengeValidatesItsBodyAndTheChannel() {
        s.createAuthUser(s.partner, s.client(), "pia", "secret-pass-4", "email");
        String mfaToken = s.password(s.partner, s.client(), "pia", "secret-pass-4").json().at("/error/mfa_token").asText();
        String path = "/accounts/" + s.partner + "/auth/mfa/challenge";
        Api.Reply bad = s.api.post(path, null, body("challenge_type", "otp", "oob_channel", "fax"));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("challenge_type", "mfa_token", "oob_channel");
        // Only email is turned on for this user: sms (the default) is refused.
        Api.Reply sms = s.api.post(path, null, body("challenge_type", "oob", "mfa_token", mfaToken));
        assertError(sms, 400, "invalid_request");
        assertThat(fields(sms)).containsExactly("oob_channel");
        assertError(s.api.post(path, null, body("challenge_type", "oob", "mfa_token", "nope")), 400, "invalid_grant");
        Api.Reply email = s.api.post(path, null, body("challenge_type", "oob", "oob_channel", "email", "mfa_token", mfaToken));
        assertThat(email.status()).as(email.body()).isEqualTo(200);
        assertThat(s.outboxCode("pia@mail.example", "mfa")).matches("\\d{6}");
    }

    @Test
    void recoveryNeedsTwoChannels() {
        s.createAuthUser(s.partner, s.client(), "rolf", "secret-pass-5", "sms");
        String path = "/accounts/" + s.partner + "/auth/mfa/recovery";
        String audience = s.api.baseUrl() + "/accounts/" + s.partner;
        assertError(s.api.post(path, null, body("challenge_type", "oob", "username", "rolf", "audience", audience)),
                401, "unauthorized");
        Api.Reply bad = s.api.post(path, s.client(), body("challenge_type", "oob"));
        assertThat(fields(bad)).containsExactlyInAnyOrder("username", "audience");
        assertError(s.api.post(path, s.client(), body("challenge_type", "oob", "username", "ghost", "audience", audience)),
                404, "not_found");

        Api.Reply first = s.api.post(path, s.client(), body("challenge_type", "oob", "oob_channel", "sms",
                "username", "rolf", "audience", audience));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String mfaToken = first.json().get("mfa_token").asText();
        Api.Reply step = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa_oob", "mfa_token", mfaToken,
                "oob_code", first.json().get("oob_code").asText(), "binding_code", s.outboxCode("+4791234567", "mfa")));
        // The first code passed: the seed's "403 mfa_required ... on success", now for the other channel.
        assertError(step, 403, "mfa_required");
        assertThat(step.json().at("/error/oob_channels").toString()).isEqualTo("[\"email\"]");
        assertThat(step.json().at("/error/mfa_token").asText()).isEqualTo(mfaToken);
        // The same channel again is refused.
        assertThat(fields(s.api.post("/accounts/" + s.partner + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "oob_channel", "sms", "mfa_token", mfaToken)))).containsExactly("oob_channel");
        Api.Reply second = s.api.post("/accounts/" + s.partner + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "oob_channel", "email", "mfa_token", mfaToken));
        Api.Reply tokens = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa-oob", "mfa_token", mfaToken,
                "oob_code", second.json().get("oob_code").asText(), "binding_code", s.outboxCode("rolf@mail.example", "mfa")));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.json().has("refresh_token")).isTrue();
    }

    @Test
    void demoMfaUserSignsInWithTheDocumentedPassword() {
        Api.Reply required = s.password(s.partner, s.client(), DemoUsers.MFA_TRAINEE, DemoUsers.PASSWORD);
        assertError(required, 403, "mfa_required");
        String mfaToken = required.json().at("/error/mfa_token").asText();
        Api.Reply challenge = s.api.post("/accounts/" + s.partner + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "mfa_token", mfaToken));
        Api.Reply tokens = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "mfa-oob", "mfa_token", mfaToken,
                "oob_code", challenge.json().get("oob_code").asText(), "binding_code", s.outboxCode(DemoUsers.MFA_PHONE, "mfa")));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        // The plain demo user needs no second factor, and may act on the partner's accounts.
        String access = s.signIn(s.partner, DemoUsers.TRAINEE, DemoUsers.PASSWORD).get("access_token").asText();
        assertThat(s.api.get(s.api.accountsPath() + "?limit=1", access).status()).isEqualTo(200);
    }
}
