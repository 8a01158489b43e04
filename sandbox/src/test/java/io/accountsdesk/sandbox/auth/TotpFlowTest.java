package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.users.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static io.accountsdesk.sandbox.auth.SignIn.body;
import static io.accountsdesk.sandbox.auth.SignIn.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP: associate a secret, prove it with a code an RFC 6238 generator computes, and from then on the password grant
 * needs the code (mfa_required → mfa-otp).
 */
class TotpFlowTest {

    private static SignIn s;

    @BeforeAll
    static void start() {
        s = SignIn.start("totp");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void enableTotpThenSignInWithIt() {
        s.createAuthUser(s.partner, s.client(), "tina@totp.example", "secret-pass-7");
        String access = s.signIn(s.partner, "tina@totp.example", "secret-pass-7").get("access_token").asText();

        // Proving a code before any secret exists is refused.
        Api.Reply early = s.api.put("/account/user/mfa/totp", access, body("enabled", true, "user_code", "123456"));
        assertThat(fields(early)).containsExactly("user_code");

        Api.Reply associated = s.api.put("/account/user/mfa/totp", access, body("enabled", true));
        assertThat(associated.status()).as(associated.body()).isEqualTo(200);
        String secret = associated.json().get("secret").asText();
        assertThat(associated.json().get("barcode_uri").asText()).startsWith("otpauth://totp/").contains("secret=" + secret);
        // Not on until proved.
        assertThat(s.api.get("/account/user", access).json().at("/configuration/mfa/totp/enabled").asBoolean()).isFalse();

        Api.Reply wrong = s.api.put("/account/user/mfa/totp", access, body("enabled", true, "user_code",
                Totp.code(secret, Instant.now().minusSeconds(600))));
        assertError(wrong, 400, "invalid_request");
        assertThat(fields(wrong)).containsExactly("user_code");

        Api.Reply enabled = s.api.put("/account/user/mfa/totp", access, body("enabled", true, "user_code",
                Totp.code(secret, Instant.now())));
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().at("/configuration/mfa/totp/enabled").asBoolean()).isTrue();
        assertThat(enabled.json().toString()).doesNotContain(secret);

        // The password grant now asks for the second factor; the user has no OOB channel, so mfa-otp it is.
        Api.Reply required = s.password(s.partner, s.client(), "tina@totp.example", "secret-pass-7");
        assertError(required, 403, "mfa_required");
        assertThat(required.json().at("/error/oob_channels").size()).isZero();
        String mfaToken = required.json().at("/error/mfa_token").asText();
        assertThat(fields(s.api.post("/accounts/" + s.partner + "/auth/mfa/challenge", null,
                body("challenge_type", "oob", "mfa_token", mfaToken)))).containsExactly("oob_channel");

        // The code used to enable TOTP cannot be replayed; the next step's code works (one step of skew allowed).
        String next = Totp.code(secret, Instant.now().plusSeconds(30));
        Api.Reply tokens = s.api.post(s.tokenPath(s.partner), s.client(),
                body("grant_type", "mfa-otp", "mfa_token", mfaToken, "otp", next));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        JsonNode profile = s.api.get("/account/user", tokens.json().get("access_token").asText()).json();
        assertThat(profile.at("/configuration/mfa/totp/enabled").asBoolean()).isTrue();

        // A replay of the same code in a new sign-in is refused.
        String mfaToken2 = s.password(s.partner, s.client(), "tina@totp.example", "secret-pass-7").json()
                .at("/error/mfa_token").asText();
        assertError(s.api.post(s.tokenPath(s.partner), s.client(),
                body("grant_type", "mfa-otp", "mfa_token", mfaToken2, "otp", next)), 400, "invalid_grant");

        // Turned off, the password alone signs in again.
        String access2 = tokens.json().get("access_token").asText();
        assertThat(s.api.put("/account/user/mfa/totp", access2, body("enabled", false)).status()).isEqualTo(200);
        assertThat(s.password(s.partner, s.client(), "tina@totp.example", "secret-pass-7").status()).isEqualTo(200);
    }

    @Test
    void totpBodyIsValidated() {
        s.createAuthUser(s.partner, s.client(), "tom@totp.example", "secret-pass-8");
        String access = s.signIn(s.partner, "tom@totp.example", "secret-pass-8").get("access_token").asText();
        Api.Reply bad = s.api.put("/account/user/mfa/totp", access, body("enabled", "yes", "user_code", 5));
        assertError(bad, 400, "invalid_request");
        assertThat(fields(bad)).containsExactlyInAnyOrder("enabled", "user_code");
        assertError(s.api.put("/account/user/mfa/totp", s.client(), body("enabled", false)), 403, "forbidden");
        assertError(s.api.put("/account/user/mfa/totp", null, body("enabled", false)), 401, "unauthorized");
    }
}
