package io.accountsdesk.sandbox.auth;

import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.ErrorBodies;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A sandbox whose tokens live two seconds, to see one expire. */
class TokenExpiryTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("expiry", o -> o.withAccounts(3).withTokenTtl(Duration.ofSeconds(2)));

    @Test
    void expiredTokenIsUnauthorized() throws InterruptedException {
        Sandbox sandbox = OWN.sandbox();
        Api api = OWN.api();
        Api.Reply tokenReply = api.requestToken(api.partnerId(), sandbox.credentials().clientId(),
                sandbox.credentials().clientSecret(), "{\"grant_type\":\"client_credentials\"}");
        assertThat(tokenReply.json().get("expires_in").asLong()).isEqualTo(2);
        String token = tokenReply.json().get("access_token").asText();
        assertThat(api.get(api.accountsPath(), token).status()).isEqualTo(200);

        // Poll rather than sleep a fixed time: the token must turn invalid within its lifetime plus a margin.
        long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        Api.Reply reply = api.get(api.accountsPath(), token);
        while (reply.status() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            reply = api.get(api.accountsPath(), token);
        }
        ErrorBodies.assertError(reply, 401, "unauthorized");
        assertThat(reply.json().at("/error/message").asText()).contains("expired");
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }
}
