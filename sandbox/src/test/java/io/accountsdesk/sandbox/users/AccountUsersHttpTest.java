package io.accountsdesk.sandbox.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.auth.SignIn;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Account users ({@code /management/users}) and the signed-in user's profile ({@code /account/user}). */
class AccountUsersHttpTest {

    private static SignIn s;
    private static String users;

    @BeforeAll
    static void start() {
        s = SignIn.start("account-users");
        users = "/accounts/" + s.partner + "/management/users";
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static List<String> emails(Api.Reply list) {
        List<String> emails = new ArrayList<>();
        list.json().forEach(u -> emails.add(u.get("email").asText()));
        return emails;
    }

    @Test
    void inviteSignInChangePasswordAndSeeTheProfile() {
        Api.Reply created = s.api.post(users, s.client(), body("email", "ivar@example.com", "name", "Ivar Invite",
                "scope", List.of("receipts:write"),
                "agreement", Map.of("name", "terms", "version", "2", "personal_guarantee_accepted", true)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.get("scope").toString()).isEqualTo("[\"receipts:write\"]");
        assertThat(user.get("created_by").asText()).isEqualTo(s.sandbox.credentials().clientId());
        assertThat(user.at("/configuration/mfa/sms/enabled").asBoolean()).isFalse();
        assertThat(user.get("last_seen_at").isNull()).isTrue();
        assertThat(emails(s.api.get(users, s.client()))).contains("ivar@example.com");

        // The invitation carries a temporary password.
        String temporary = s.outboxCode("ivar@example.com", "invitation");
        JsonNode tokens = s.signIn(s.partner, "ivar@example.com", temporary);
        String access = tokens.get("access_token").asText();

        Api.Reply profile = s.api.get("/account/user", access);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.json().get("id")).isEqualTo(user.get("id"));
        JsonNode account = profile.json().at("/accounts/0");
        assertThat(account.get("account_id").asText()).isEqualTo(s.partner);
        assertThat(account.get("business_name").asText()).isEqualTo("Nordvik Betaling AS");
        assertThat(account.at("/user/email").asText()).isEqualTo("ivar@example.com");
        assertThat(account.at("/user/last_seen_at").asText()).isNotBlank();

        // Change password: the old one is checked, the new one works, the old one no longer does.
        Api.Reply wrongPrevious = s.api.post("/account/user/password", access,
                body("previous_password", "nope", "proposed_password", "brand-new-pass"));
        assertThat(fields(wrongPrevious)).containsExactly("previous_password");
        assertThat(fields(s.api.post("/account/user/password", access, body("previous_password", temporary,
                "proposed_password", "short")))).containsExactly("proposed_password");
        Api.Reply changed = s.api.post("/account/user/password", access,
                body("previous_password", temporary, "proposed_password", "brand-new-pass"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertError(s.password(s.partner, s.client(), "ivar@example.com", temporary), 400, "invalid_grant");
        s.signIn(s.partner, "ivar@example.com", "brand-new-pass");

        // SMS MFA on: the password grant now asks for a code.
        assertThat(fields(s.api.put("/account/user/mfa/sms", access, body("enabled", true)))).containsExactly("phone_number");
        assertThat(fields(s.api.put("/account/user/mfa/sms", access, body("enabled", true, "phone_number", "12"))))
                .containsExactly("phone_number");
        Api.Reply sms = s.api.put("/account/user/mfa/sms", access, body("enabled", true, "phone_number", "+4741234567"));
        assertThat(sms.status()).as(sms.body()).isEqualTo(200);
        assertThat(sms.json().at("/configuration/mfa/sms/enabled").asBoolean()).isTrue();
        assertThat(sms.json().at("/configuration/mfa/sms/updated_at").asText()).isNotBlank();
        assertError(s.password(s.partner, s.client(), "ivar@example.com", "brand-new-pass"), 403, "mfa_required");

        // Activities tell what happened, newest first.
        Api.Reply activities = s.api.get(users + "/" + user.get("id").asText() + "/activities", s.client());
        assertThat(activities.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        activities.json().forEach(a -> actions.add(a.get("action").asText()));
        assertThat(actions).containsSubsequence("user.mfa.sms", "user.password", "auth.token", "user.create");
        assertThat(activities.json().get(0).at("/context/ip").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void profileNeedsAUsersToken() {
        Api.Reply client = s.api.get("/account/user", s.client());
        assertError(client, 403, "forbidden");
        assertThat(client.json().at("/error/message").asText()).contains("grant_type password");
        assertError(s.api.get("/account/user", null), 401, "unauthorized");
        assertError(s.api.post("/account/user/password", s.client(), body("previous_password", "a", "proposed_password",
                "bbbbbbbb")), 403, "forbidden");
    }

    @Test
    void updateAndDeleteAUser() {
        String id = s.api.post(users, s.client(), body("email", "ulla@example.com")).json().get("id").asText();
        Api.Reply updated = s.api.put(users + "/" + id, s.client(), body("name", "Ulla Update", "scope", List.of("read:accounts")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("Ulla Update");
        assertThat(updated.json().get("scope").toString()).isEqualTo("[\"read:accounts\"]");

        Api.Reply deleted = s.api.delete(users + "/" + id, s.client());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("deleted_at").asText()).isNotBlank();
        assertThat(emails(s.api.get(users, s.client()))).doesNotContain("ulla@example.com");
        assertError(s.api.delete(users + "/" + id, s.client()), 404, "not_found");
        assertError(s.api.put(users + "/" + id, s.client(), body("name", "x")), 404, "not_found");
        assertError(s.api.get(users + "/" + id + "/activities", s.client()), 404, "not_found");
    }

    @Test
    void validationAndConflicts() {
        Api.Reply bad = s.api.post(users, s.client(), body("email", "not-an-email", "scope", List.of(""),
                "authentication_type", "magic", "roles", List.of(Map.of()), "agreement", Map.of("personal_guarantee_accepted", "yes")));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("email", "scope[0]", "authentication_type", "roles[0].id",
                "agreement.personal_guarantee_accepted");
        assertThat(fields(s.api.get(users + "?expand=everything", s.client()))).containsExactly("expand");
        s.api.post(users, s.client(), body("email", "vera@example.com"));
        assertError(s.api.post(users, s.client(), body("email", "VERA@example.com")), 409, "conflict");
        assertError(s.api.get(users, null), 401, "unauthorized");
        assertError(s.api.get("/accounts/T45600000/management/users", s.client()), 403, "forbidden");
    }

    @Test
    void unknownRoleStoresNothingAndKnownRolesExpand() throws Exception {
        int before = s.api.get(users, s.client()).json().size();
        Api.Reply unknown = s.api.post(users, s.client(), body("email", "rita@example.com",
                "roles", List.of(Map.of("id", "no-such-role"))));
        assertError(unknown, 400, "invalid_request");
        assertThat(fields(unknown)).containsExactly("roles[0].id");
        assertThat(s.api.get(users, s.client()).json().size()).isEqualTo(before);
        assertThat(s.outboxCount("rita@example.com")).isZero();

        Api.Reply created = s.api.post("/accounts/" + s.partner + "/auth/roles", s.client(),
                body("name", "order support", "scope", List.of("read:accounts")));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String roleId = created.json().get("id").asText();
        Api.Reply withRole = s.api.post(users + "?expand=roles", s.client(), body("email", "rita@example.com",
                "roles", List.of(Map.of("id", roleId))));
        assertThat(withRole.status()).as(withRole.body()).isEqualTo(201);
        assertThat(withRole.json().at("/roles/0/name").asText()).isEqualTo("order support");
        assertThat(withRole.json().get("scope").size()).isZero();
        assertThat(s.api.get(users, s.client()).json().get(0).get("roles").toString())
                .isEqualTo("[{\"id\":\"" + roleId + "\"}]");
        // Signed in, the role's scopes are in the token.
        String temporary = s.outboxCode("rita@example.com", "invitation");
        String access = s.signIn(s.partner, "rita@example.com", temporary).get("access_token").asText();
        assertThat(com.nimbusds.jwt.SignedJWT.parse(access).getJWTClaimsSet().getStringClaim("scope")).isEqualTo("read:accounts");
    }

}
