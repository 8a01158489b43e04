package io.accountsdesk.sandbox.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.auth.SignIn;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /accounts/{aid}/auth/users}: create, set password / links / MFA, rename, delete. */
class AuthUsersHttpTest {

    private static SignIn s;

    @BeforeAll
    static void start() {
        s = SignIn.start("auth-users");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String users() {
        return "/accounts/" + s.partner + "/auth/users";
    }

    @Test
    void createUpdateRenameDelete() {
        JsonNode created = s.createAuthUser(s.partner, s.client(), "anna", "first-pass-1");
        assertThat(created.get("username").asText()).isEqualTo("anna");
        assertThat(created.get("mfa").isNull()).isTrue();
        assertThat(created.get("deleted_at").isNull()).isTrue();
        assertThat(created.toString()).doesNotContain("first-pass-1").doesNotContain("password");

        Api.Reply updated = s.api.put(users() + "/anna", s.client(), body("password", "second-pass-2",
                "links", List.of(Map.of("rel", "phone_number", "href", "tel:+4798765432")),
                "mfa", Map.of("challenge_type", "oob", "oob_channels", List.of("sms"))));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().at("/mfa/oob_channels/0").asText()).isEqualTo("sms");
        assertError(s.password(s.partner, s.client(), "anna", "first-pass-1"), 400, "invalid_grant");
        assertError(s.password(s.partner, s.client(), "anna", "second-pass-2"), 403, "mfa_required");

        // PUT without mfa keeps it; "mfa": null turns it off.
        assertThat(s.api.put(users() + "/anna", s.client(), body("password", "third-pass-3")).json()
                .at("/mfa/oob_channels/0").asText()).isEqualTo("sms");
        Map<String, Object> off = body("password", "third-pass-3");
        off.put("mfa", null);
        assertThat(s.api.put(users() + "/anna", s.client(), off).json().get("mfa").isNull()).isTrue();

        Api.Reply renamed = s.api.post(users() + "/anna/change_username", s.client(), body("username", "anna.b"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("username").asText()).isEqualTo("anna.b");
        assertThat(renamed.json().get("id")).isEqualTo(created.get("id"));
        assertError(s.api.put(users() + "/anna", s.client(), body("password", "fourth-pass-4")), 404, "not_found");
        assertThat(s.password(s.partner, s.client(), "anna.b", "third-pass-3").status()).isEqualTo(200);

        Api.Reply deleted = s.api.delete(users() + "/anna.b", s.client());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("deleted_at").asText()).isNotBlank();
        assertThat(deleted.json().get("deleted_by").asText()).isEqualTo(s.sandbox.credentials().clientId());
        assertError(s.api.delete(users() + "/anna.b", s.client()), 404, "not_found");
        assertError(s.password(s.partner, s.client(), "anna.b", "third-pass-3"), 400, "invalid_grant");
        // The name is free again.
        s.createAuthUser(s.partner, s.client(), "anna.b", "fifth-pass-5");
    }

    @Test
    void validationNamesEveryBadFieldAndStoresNothing() {
        Api.Reply bad = s.api.post(users(), s.client(), body("username", "", "password", "short",
                "links", List.of(Map.of("rel", "fax", "href", "x")),
                "mfa", Map.of("challenge_type", "push", "oob_channels", List.of())));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("username", "password", "links[0].rel", "mfa.challenge_type",
                "mfa.oob_channels");

        // MFA by SMS needs a phone link; a malformed tel: is named; nothing is stored.
        Api.Reply noPhone = s.api.post(users(), s.client(), body("username", "bert", "password", "long-enough",
                "links", List.of(Map.of("rel", "phone_number", "href", "tel:12")),
                "mfa", Map.of("challenge_type", "oob", "oob_channels", List.of("sms"))));
        assertThat(fields(noPhone)).containsExactlyInAnyOrder("links[0].href", "links");
        assertError(s.password(s.partner, s.client(), "bert", "long-enough"), 400, "invalid_grant");
        s.createAuthUser(s.partner, s.client(), "bert", "long-enough");

        assertThat(fields(s.api.put(users() + "/bert", s.client(), body()))).containsExactly("password");
        assertThat(fields(s.api.post(users() + "/bert/change_username", s.client(), body("username", 7))))
                .containsExactly("username");
        assertThat(fields(s.api.put(users() + "/" + "x".repeat(256), s.client(), body("password", "long-enough"))))
                .containsExactly("username");
    }

    @Test
    void usernamesAreUniqueAndAuthIsChecked() {
        s.createAuthUser(s.partner, s.client(), "carl", "long-enough");
        assertError(s.api.post(users(), s.client(), body("username", "CARL", "password", "long-enough")), 409, "conflict");
        s.createAuthUser(s.partner, s.client(), "dina", "long-enough");
        assertError(s.api.post(users() + "/dina/change_username", s.client(), body("username", "carl")), 409, "conflict");
        assertError(s.api.post(users(), null, body("username", "eve", "password", "long-enough")), 401, "unauthorized");
        assertError(s.api.post("/accounts/T12300001/auth/users", s.client(), body("username", "eve", "password", "long-enough")),
                403, "forbidden");
        assertError(s.api.delete(users() + "/nobody", s.client()), 404, "not_found");
    }

    @Test
    void usersAndTheirTokensSurviveARestart() {
        try (SignIn own = SignIn.start("auth-users-restart")) {
            own.createAuthUser(own.partner, own.client(), "fred", "long-enough");
            String refresh = own.signIn(own.partner, "fred", "long-enough").get("refresh_token").asText();
            own.stopOnly();
            SignIn again = own.restart();
            try {
                assertThat(again.password(again.partner, again.client(), "fred", "long-enough").status()).isEqualTo(200);
                Api.Reply refreshed = again.api.post(again.tokenPath(again.partner), again.client(),
                        body("grant_type", "refresh_token", "refresh_token", refresh));
                assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
            } finally {
                again.stopOnly();
            }
        }
    }
}
