package io.accountsdesk.sandbox.auth;

import com.nimbusds.jwt.SignedJWT;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Passwordless: code to the outbox, the authorization_code grant with it, and the per-recipient limit. */
class PasswordlessTest {

    private static SignIn s;
    private static String audience;
    private static String clientId;

    @BeforeAll
    static void start() {
        s = SignIn.start("passwordless");
        audience = s.api.baseUrl() + "/accounts/" + s.partner;
        clientId = s.sandbox.credentials().clientId();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String invite(String email) {
        Api.Reply created = s.api.post("/accounts/" + s.partner + "/management/users", s.client(),
                body("email", email, "name", "Passwordless Person"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Api.Reply send(String email, String connection, String sessionId) {
        Map<String, Object> body = body("client_id", clientId, "connection", connection, "audience", audience,
                "email", email, "send", "code");
        if (sessionId != null) {
            body.put("login_session_id", sessionId);
        }
        return s.api.post("/accounts/" + s.partner + "/auth/passwordless", null, body);
    }

    private static Api.Reply redeem(String identType, String ident, String code) {
        return s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "authorization_code",
                "ident_type", identType, "ident", ident, "code", code));
    }

    @Test
    void codeByEmailSignsTheUserInOnce() throws Exception {
        String userId = invite("pl.one@example.com");
        Api.Reply sent = send("pl.one@example.com", "email", null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(204);
        String code = s.outboxCode("pl.one@example.com", "passwordless");
        assertError(redeem("email", "pl.one@example.com", code.equals("000000") ? "111111" : "000000"), 400, "invalid_grant");

        Api.Reply tokens = redeem("email", "pl.one@example.com", code);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.json().has("refresh_token")).isTrue();
        String access = tokens.json().get("access_token").asText();
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getSubject()).isEqualTo(userId);
        assertThat(s.api.get("/account/user", access).status()).isEqualTo(200);
        // Used once.
        assertError(redeem("email", "pl.one@example.com", code), 400, "invalid_grant");
    }

    @Test
    void fourthCodeWithinAMinuteIs429WithRetryAfter() {
        invite("pl.limit@example.com");
        int before = s.outboxCount("pl.limit@example.com");
        for (int i = 0; i < 3; i++) {
            assertThat(send("pl.limit@example.com", "email", null).status()).isEqualTo(204);
        }
        Api.Reply limited = send("pl.limit@example.com", "email", null);
        assertError(limited, 429, "too_many_requests");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.json().at("/error/message").asText()).contains("3 codes").contains("60 seconds");
        // Nothing was sent for the refused request.
        assertThat(s.outboxCount("pl.limit@example.com")).isEqualTo(before + 3);
        // The last code sent still works.
        assertThat(redeem("email", "pl.limit@example.com", s.outboxCode("pl.limit@example.com", "passwordless")).status())
                .isEqualTo(200);
    }

    @Test
    void sameLoginSessionResendsTheSameCode() {
        invite("pl.session@example.com");
        String session = UUID.randomUUID().toString();
        assertThat(send("pl.session@example.com", "email", session).status()).isEqualTo(204);
        String first = s.outboxCode("pl.session@example.com", "passwordless");
        assertThat(send("pl.session@example.com", "email", session).status()).isEqualTo(204);
        assertThat(s.outboxCode("pl.session@example.com", "passwordless")).isEqualTo(first);
    }

    @Test
    void smsGoesToTheUsersMobile() {
        invite("pl.sms@example.com");
        // No mobile number yet: sms is refused on connection.
        Api.Reply noPhone = send("pl.sms@example.com", "sms", null);
        assertError(noPhone, 400, "invalid_request");
        assertThat(fields(noPhone)).containsExactly("connection");
        String access = redeemFirst("pl.sms@example.com");
        assertThat(s.api.put("/account/user/mfa/sms", access, body("enabled", false, "phone_number", "+4790011122"))
                .status()).isEqualTo(200);
        assertThat(send("pl.sms@example.com", "sms", null).status()).isEqualTo(204);
        Api.Reply byPhone = redeem("phone_number", "+4790011122", s.outboxCode("+4790011122", "passwordless"));
        assertThat(byPhone.status()).as(byPhone.body()).isEqualTo(200);
    }

    private static String redeemFirst(String email) {
        assertThat(send(email, "email", null).status()).isEqualTo(204);
        return redeem("email", email, s.outboxCode(email, "passwordless")).json().get("access_token").asText();
    }

    @Test
    void validationNamesEachField() {
        Api.Reply bad = s.api.post("/accounts/" + s.partner + "/auth/passwordless", null,
                body("connection", "pigeon", "email", "not-an-email", "type", "account", "login_session_id", "x"));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("client_id", "audience", "connection", "email", "type",
                "login_session_id");
        assertThat(fields(send("nobody@example.com", "email", null))).containsExactly("email");
        Api.Reply wrongClient = s.api.post("/accounts/" + s.partner + "/auth/passwordless", null, body("client_id", "nope",
                "connection", "email", "audience", audience, "email", "pl.one@example.com"));
        assertThat(fields(wrongClient)).containsExactly("client_id");
        Api.Reply grant = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "authorization_code",
                "ident_type", "fax"));
        assertThat(fields(grant)).containsExactlyInAnyOrder("ident_type", "ident", "code");
    }

    @Test
    void verificationCodeForAUserIdIsRedeemedTheSameWay() {
        String userId = invite("pl.api@example.com");
        String path = "/accounts/" + s.partner + "/auth/passwordless/code";
        Api.Reply created = s.api.post(path, s.client(), body("audience", audience, "client_id", clientId, "user_id", userId));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String code = created.json().get("verification_code").asText();
        Api.Reply tokens = s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "authorization_code",
                "ident_type", "email", "ident", "pl.api@example.com", "verification_code", code));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);

        assertError(s.api.post(path, s.client(), body("audience", audience, "client_id", clientId, "user_id", "ghost")),
                404, "not_found");
        assertThat(fields(s.api.post(path, s.client(), body()))).containsExactlyInAnyOrder("audience", "client_id", "user_id");
        assertError(s.api.post(path, null, body("audience", audience, "client_id", clientId, "user_id", userId)),
                401, "unauthorized");
    }
}
