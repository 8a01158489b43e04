package io.accountsdesk.sandbox.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.users.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** OIDC authorization codes (minted by the sandbox-only route), account_user_token, and redirects with an ID token. */
class OidcRedirectTest {

    private static SignIn s;
    private static String audience;
    private static String clientId;

    @BeforeAll
    static void start() {
        s = SignIn.start("oidc");
        audience = s.api.baseUrl() + "/accounts/" + s.partner;
        clientId = s.sandbox.credentials().clientId();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String mint(String redirectUri) {
        Map<String, Object> body = body("account_id", "T123", "username", DemoUsers.TRAINEE, "client_id", clientId);
        if (redirectUri != null) {
            body.put("redirect_uri", redirectUri);
        }
        Api.Reply minted = s.api.post("/_sandbox/oidc/codes", null, body);
        assertThat(minted.status()).as(minted.body()).isEqualTo(201);
        assertThat(minted.json().get("account_id").asText()).isEqualTo(s.partner);
        return minted.json().get("code").asText();
    }

    private static Api.Reply oidcToken(String code, String redirectUri) {
        Map<String, Object> body = body("grant_type", "authorization_code", "code", code, "client_id", clientId,
                "audience", audience);
        if (redirectUri != null) {
            body.put("redirect_uri", redirectUri);
        }
        return s.api.post("/accounts/" + s.partner + "/auth/oidc/token", null, body);
    }

    @Test
    void mintedCodeTradesOnceForAUserToken() throws Exception {
        String code = mint("https://app.example/callback");
        assertError(oidcToken(code, "https://evil.example/"), 400, "invalid_grant");
        Api.Reply token = oidcToken(code, "https://app.example/callback");
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().at("/user_info/value/name").asText()).isEqualTo("Tora Trainee");
        String sub = token.json().at("/user_info/value/sub").asText();
        String access = token.json().get("access_token").asText();
        assertThat(SignedJWT.parse(access).getJWTClaimsSet().getSubject()).isEqualTo(sub);
        assertThat(s.api.get("/account/user", access).json().get("id").asText()).isEqualTo(sub);
        assertError(oidcToken(code, "https://app.example/callback"), 400, "invalid_grant");
    }

    @Test
    void oidcValidation() {
        Api.Reply bad = s.api.post("/accounts/" + s.partner + "/auth/oidc/token", null, body("grant_type", "password"));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("grant_type", "code", "client_id", "audience");
        Api.Reply mintBad = s.api.post("/_sandbox/oidc/codes", null, body("account_id", "X", "client_id", clientId));
        assertThat(fields(mintBad)).containsExactlyInAnyOrder("account_id", "username");
        assertThat(fields(s.api.post("/_sandbox/oidc/codes", null, body("account_id", "T123", "username", "ghost",
                "client_id", clientId)))).containsExactly("username");
        assertThat(fields(s.api.post("/_sandbox/oidc/codes", null, body("account_id", "T123",
                "username", DemoUsers.TRAINEE, "client_id", "other")))).containsExactly("client_id");
    }

    @Test
    void accountUserTokenNeedsAUsersBearer() throws Exception {
        String userToken = s.signIn(s.partner, DemoUsers.TRAINEE, DemoUsers.PASSWORD).get("access_token").asText();
        Api.Reply traded = s.api.post(s.tokenPath(s.partner), userToken, body("grant_type", "account_user"));
        assertThat(traded.status()).as(traded.body()).isEqualTo(200);
        assertThat(SignedJWT.parse(traded.json().get("access_token").asText()).getJWTClaimsSet().getSubject())
                .isEqualTo(SignedJWT.parse(userToken).getJWTClaimsSet().getSubject());
        assertError(s.api.post(s.tokenPath(s.partner), s.client(), body("grant_type", "account_user_token")), 403, "forbidden");
        assertError(s.api.post(s.tokenPath(s.partner), null, body("grant_type", "account_user_token")), 401, "unauthorized");
        // The trainee has no access to a sub-account of their own.
        assertError(s.api.post(s.tokenPath(s.subAccount(0)), userToken, body("grant_type", "account_user_token")),
                403, "forbidden");
    }

    @Test
    void redirectAddsASignedIdToken() throws Exception {
        String userToken = s.signIn(s.partner, DemoUsers.TRAINEE, DemoUsers.PASSWORD).get("access_token").asText();
        Api.Reply reply = s.api.post("/accounts/" + s.partner + "/auth/redirect", userToken, body(
                "redirect_uri", "https://shop.example/done?x=1#top", "claims", List.of("name", "email"),
                "custom_claims", Map.of("store", "oslo-1")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        URI target = URI.create(reply.json().get("redirect_uri").asText());
        assertThat(target.getHost()).isEqualTo("shop.example");
        assertThat(target.getFragment()).isEqualTo("top");
        String idToken = target.getQuery().replaceFirst("^x=1&id_token=", "");
        JWTClaimsSet claims = SignedJWT.parse(idToken).getJWTClaimsSet();
        assertThat(claims.getStringClaim("name")).isEqualTo("Tora Trainee");
        assertThat(claims.getStringClaim("email")).isEqualTo(DemoUsers.TRAINEE);
        assertThat(claims.getStringClaim("ext_store")).isEqualTo("oslo-1");
        // An ID token names no account: it is no access token.
        assertError(s.api.get(s.api.accountsPath(), idToken), 401, "unauthorized");

        Api.Reply bad = s.api.post("/accounts/" + s.partner + "/auth/redirect", userToken, body("redirect_uri", "ftp://x",
                "claims", List.of("phone"), "custom_claims", Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6")));
        assertThat(fields(bad)).containsExactlyInAnyOrder("redirect_uri", "claims[0]");
        Api.Reply tooMany = s.api.post("/accounts/" + s.partner + "/auth/redirect", userToken, body("redirect_uri",
                "https://x.example", "custom_claims", Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6")));
        assertThat(fields(tooMany)).containsExactly("custom_claims");
        assertError(s.api.post("/accounts/" + s.partner + "/auth/redirect", null, body("redirect_uri", "https://x.example")),
                401, "unauthorized");
    }
}
