package io.accountsdesk.sandbox.auth;

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

/** A partner's token traded for one that acts on its sub-account, and what that token may do. */
class ExchangeTokenTest {

    private static SignIn s;

    @BeforeAll
    static void start() {
        s = SignIn.start("exchange");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private Api.Reply exchange(String token, String accountId) {
        return s.api.post("/accounts/" + s.partner + "/auth/exchange_token", token, body("account_id", accountId));
    }

    @Test
    void exchangedTokenActsOnTheSubAccountOnly() throws Exception {
        String sub = s.subAccount(0);
        Api.Reply reply = exchange(s.client(), sub);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("refresh_token").asText()).isNotBlank();
        String token = reply.json().get("access_token").asText();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("account_id")).isEqualTo(sub);

        // The sub-account's routes accept it: create an auth user there and sign them in with it.
        s.createAuthUser(sub, token, "sub-user", "secret-pass-9");
        Api.Reply signIn = s.password(sub, token, "sub-user", "secret-pass-9");
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
        assertThat(SignedJWT.parse(signIn.json().get("access_token").asText()).getJWTClaimsSet()
                .getStringClaim("account_id")).isEqualTo(sub);
        // ...the partner's own routes do not.
        assertError(s.api.get(s.api.accountsPath(), token), 403, "forbidden");

        // Its refresh token gives a new token for the same sub-account.
        Api.Reply refreshed = s.api.post(s.tokenPath(sub), token, body("grant_type", "refresh_token",
                "refresh_token", reply.json().get("refresh_token").asText()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(SignedJWT.parse(refreshed.json().get("access_token").asText()).getJWTClaimsSet()
                .getStringClaim("account_id")).isEqualTo(sub);
    }

    @Test
    void onlyThePartnersOwnSubAccounts() {
        Api.Reply foreign = exchange(s.client(), "T45600001");
        assertError(foreign, 403, "forbidden");
        assertThat(foreign.json().at("/error/message").asText()).contains("not a sub-account");
        // The partner itself is not its own sub-account.
        assertError(exchange(s.client(), s.partner), 403, "forbidden");
    }

    @Test
    void badBodiesAndMissingTokens() {
        Api.Reply bad = exchange(s.client(), "X1");
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactly("account_id");
        assertThat(fields(s.api.post("/accounts/" + s.partner + "/auth/exchange_token", s.client(), "{}")))
                .containsExactly("account_id");
        assertError(exchange(null, s.subAccount(0)), 401, "unauthorized");
        // A token of a sub-account cannot exchange on the partner's path.
        String subToken = exchange(s.client(), s.subAccount(1)).json().get("access_token").asText();
        assertError(exchange(subToken, s.subAccount(1)), 403, "forbidden");
    }

    @Test
    void aSignedInPartnerUserKeepsTheirIdentity() throws Exception {
        String userToken = s.signIn(s.partner, DemoUsers.TRAINEE, DemoUsers.PASSWORD).get("access_token").asText();
        String userId = SignedJWT.parse(userToken).getJWTClaimsSet().getSubject();
        Api.Reply reply = exchange(userToken, s.subAccount(2));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var claims = SignedJWT.parse(reply.json().get("access_token").asText()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringClaim("account_id")).isEqualTo(s.subAccount(2));
    }
}
