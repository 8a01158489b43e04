package io.accountsdesk.client.auth;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.error;
import static io.accountsdesk.client.MockApi.parse;
import static io.accountsdesk.client.MockApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.auth.PasswordSignIn.ChallengeSent;
import io.accountsdesk.client.auth.PasswordSignIn.MfaRequired;
import io.accountsdesk.client.auth.PasswordSignIn.SignedIn;
import io.accountsdesk.client.auth.PasswordSignIn.Step;
import io.accountsdesk.client.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordSignInTest {

    private static final String AID = "T12345678";
    private final MockApi api = new MockApi();
    private final AuthApi auth = new AuthApi(api.transport);
    private final String audience = api.baseUrl() + "/accounts/" + AID;
    /** Tokens handed out in mfa_required errors so far, to number the next one. */
    private int mfaErrorsSent;

    /** The mfa_required error as the seed describes it: the token for the next step travels in the error. */
    private String mfaRequired() {
        mfaErrorsSent++;
        return "{\"error\":{\"code\":\"mfa_required\",\"message\":\"MFA required\",\"mfa_token\":\"mfa-token-"
                + mfaErrorsSent + "\"}}";
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void passwordGrantIsSentWithTheClientsBearerTokenAfterAClientCredentialsGrantWithBasic() {
        // The real chain: the client's token source fetches its own token with Basic, then the grant uses it.
        api.transport.useTokens(new ClientCredentialsTokenSource(auth, AID, api.clock));
        api.answer(200, token("client-jwt", 3600L, null));
        api.answer(200, token("user-jwt", 3600L, "user-refresh"));

        Step step = new PasswordSignIn(auth, AID).start("ada", "correct horse");

        assertThat(step).isInstanceOf(SignedIn.class);
        assertThat(((SignedIn) step).tokens().refreshToken()).isEqualTo("user-refresh");
        RecordedRequest clientGrant = api.take();
        assertThat(clientGrant.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/token");
        assertThat(clientGrant.getHeaders().get("Authorization")).isEqualTo(MockApi.BASIC);
        assertThat(body(clientGrant)).isEqualTo(parse(
                "{\"grant_type\":\"client_credentials\",\"audience\":\"" + audience + "\"}"));
        RecordedRequest passwordGrant = api.take();
        assertThat(passwordGrant.getMethod()).isEqualTo("POST");
        assertThat(passwordGrant.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/token");
        assertThat(passwordGrant.getHeaders().get("Authorization")).isEqualTo("Bearer client-jwt");
        assertThat(body(passwordGrant)).isEqualTo(parse("{\"grant_type\":\"password\",\"username\":\"ada\","
                + "\"password\":\"correct horse\",\"audience\":\"" + audience + "\"}"));
    }

    @Test
    void mfaRequiredLeadsThroughChallengeAndCodeToTokens() {
        api.answer(403, mfaRequired());
        api.answer(200, "{\"challenge_type\":\"oob\",\"binding_method\":\"prompt\",\"oob_code\":\"oob-1\"}");
        api.answer(200, token("user-jwt", 3600L, "user-refresh"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        Step first = signIn.start("ada", "correct horse");
        assertThat(first).isEqualTo(new MfaRequired(List.of(OobChannel.SMS, OobChannel.EMAIL), false));

        Step second = signIn.challenge(OobChannel.EMAIL);
        assertThat(second).isEqualTo(new ChallengeSent(OobChannel.EMAIL, "prompt"));

        Step third = signIn.complete("123456");
        assertThat(third).isInstanceOf(SignedIn.class);
        assertThat(((SignedIn) third).tokens().accessToken()).isEqualTo("user-jwt");

        api.take(); // the password grant
        RecordedRequest challenge = api.take();
        assertThat(challenge.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/mfa/challenge");
        assertThat(challenge.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(challenge)).isEqualTo(parse(
                "{\"challenge_type\":\"oob\",\"oob_channel\":\"email\",\"mfa_token\":\"mfa-token-1\"}"));
        RecordedRequest oob = api.take();
        assertThat(oob.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/token");
        assertThat(oob.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(oob)).isEqualTo(parse("{\"grant_type\":\"mfa-oob\",\"mfa_token\":\"mfa-token-1\","
                + "\"oob_code\":\"oob-1\",\"binding_code\":\"123456\"}"));
    }

    @Test
    void aWrongCodeKeepsTheChallengeSoTheUserCanTryAgain() {
        api.answer(403, mfaRequired());
        api.answer(200, "{\"challenge_type\":\"oob\",\"binding_method\":\"prompt\",\"oob_code\":\"oob-1\"}");
        api.answer(400, error("invalid_grant"));
        api.answer(200, token("user-jwt", 3600L, null));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);
        signIn.start("ada", "pw");
        signIn.challenge(OobChannel.SMS);

        assertThatThrownBy(() -> signIn.complete("000000"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_grant"));
        assertThat(signIn.current()).isEqualTo(new ChallengeSent(OobChannel.SMS, "prompt"));

        assertThat(signIn.complete("123456")).isInstanceOf(SignedIn.class);
        api.take();
        api.take();
        assertThat(body(api.take()).get("binding_code").asText()).isEqualTo("000000");
        RecordedRequest retry = api.take();
        assertThat(body(retry).get("binding_code").asText()).isEqualTo("123456");
        assertThat(body(retry).get("oob_code").asText()).isEqualTo("oob-1");
    }

    @Test
    void anMfaRequiredErrorWithoutATokenIsReportedAndNothingMoreIsSent() {
        api.answer(403, error("mfa_required"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        assertThatThrownBy(() -> signIn.start("ada", "pw"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("mfa_required");
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("one-time code");
                });
        assertThat(api.server.getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> signIn.challenge(OobChannel.SMS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrongPasswordIsSentOnceNotRetriedWithARenewedClientToken() {
        api.transport.useTokens(new ClientCredentialsTokenSource(auth, AID, api.clock));
        api.answer(200, token("client-jwt", 3600L, null));
        api.answer(401, error("invalid_grant"));
        api.answer(200, token("client-jwt-2", 3600L, null));
        api.answer(200, token("user-jwt", 3600L, null));

        assertThatThrownBy(() -> new PasswordSignIn(auth, AID).start("ada", "wrong"))
                .isInstanceOfSatisfying(ApiException.Unauthorized.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_grant"));
        assertThat(api.server.getRequestCount()).as("the client grant and one password grant").isEqualTo(2);
    }

    @Test
    void otherRefusalsPassThroughUnchanged() {
        api.answer(403, error("invalid_credentials"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        assertThatThrownBy(() -> signIn.start("ada", "wrong"))
                .isInstanceOfSatisfying(ApiException.Forbidden.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_credentials"));
        assertThat(signIn.current()).isNull();
    }

    @Test
    void stepsOutOfOrderAreRefusedBeforeAnythingIsSent() {
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        assertThatThrownBy(() -> signIn.challenge(OobChannel.SMS)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> signIn.complete("123456")).isInstanceOf(IllegalStateException.class);
        assertThat(api.server.getRequestCount()).isZero();
    }

    @Test
    void recoveryTakesTwoChallengesOverDifferentChannels() {
        api.answer(200, "{\"challenge_type\":\"oob\",\"binding_method\":\"prompt\",\"oob_code\":\"oob-r\","
                + "\"mfa_token\":\"mfa-r\"}");
        api.answer(403, mfaRequired()); // the first factor is done
        api.answer(200, "{\"challenge_type\":\"oob\",\"binding_method\":\"prompt\",\"oob_code\":\"oob-2\"}");
        api.answer(200, token("user-jwt", 3600L, "user-refresh"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        assertThat(signIn.recover("ada", OobChannel.SMS)).isEqualTo(new ChallengeSent(OobChannel.SMS, "prompt"));
        assertThat(signIn.complete("111111")).isEqualTo(new MfaRequired(List.of(OobChannel.EMAIL), true));
        assertThat(signIn.challenge(OobChannel.EMAIL)).isEqualTo(new ChallengeSent(OobChannel.EMAIL, "prompt"));
        assertThat(signIn.complete("222222")).isInstanceOf(SignedIn.class);

        RecordedRequest recovery = api.take();
        assertThat(recovery.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/mfa/recovery");
        assertThat(body(recovery)).isEqualTo(parse("{\"challenge_type\":\"oob\",\"oob_channel\":\"sms\","
                + "\"username\":\"ada\",\"audience\":\"" + audience + "\"}"));
        assertThat(body(api.take())).isEqualTo(parse("{\"grant_type\":\"mfa-oob\",\"mfa_token\":\"mfa-r\","
                + "\"oob_code\":\"oob-r\",\"binding_code\":\"111111\"}"));
        assertThat(body(api.take())).isEqualTo(parse(
                "{\"challenge_type\":\"oob\",\"oob_channel\":\"email\",\"mfa_token\":\"mfa-token-1\"}"));
        assertThat(body(api.take())).isEqualTo(parse("{\"grant_type\":\"mfa-oob\",\"mfa_token\":\"mfa-token-1\","
                + "\"oob_code\":\"oob-2\",\"binding_code\":\"222222\"}"));
    }

    @Test
    void stepsNeverShowTheTokensTheyHold() {
        api.answer(200, token("user-jwt-SECRET", 3600L, "refresh-SECRET"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        Step step = signIn.start("ada", "password-SECRET");

        assertThat(step.toString()).doesNotContain("SECRET");
        assertThat(signIn.toString()).doesNotContain("SECRET");
    }

    @Test
    void theChannelsTheServerOffersAreTheOnesShownAndAnAuthenticatorCodeNeedsNoChallenge() {
        // A user with only an authenticator app: the server lists no out-of-band channel.
        api.answer(403, "{\"error\":{\"code\":\"mfa_required\",\"message\":\"MFA\",\"mfa_token\":\"mfa-t\","
                + "\"oob_channels\":[]}}");
        api.answer(400, error("invalid_grant"));
        api.answer(200, token("user-jwt", 3600L, "user-refresh"));
        PasswordSignIn signIn = new PasswordSignIn(auth, AID);

        assertThat(signIn.start("ada", "pw")).isEqualTo(new MfaRequired(List.of(), false));
        assertThatThrownBy(() -> signIn.completeWithAuthenticator("000000")).isInstanceOf(ApiException.class);
        assertThat(signIn.current()).as("a wrong code leaves the step as it was")
                .isEqualTo(new MfaRequired(List.of(), false));
        Step done = signIn.completeWithAuthenticator("123456");

        assertThat(done).isInstanceOf(SignedIn.class);
        api.take(); // the password grant
        assertThat(body(api.take())).isEqualTo(parse(
                "{\"grant_type\":\"mfa-otp\",\"mfa_token\":\"mfa-t\",\"otp\":\"000000\"}"));
        assertThat(body(api.take())).isEqualTo(parse(
                "{\"grant_type\":\"mfa-otp\",\"mfa_token\":\"mfa-t\",\"otp\":\"123456\"}"));
        assertThat(TokenRequest.mfaOtp("mfa-t", "123456").toString()).doesNotContain("123456").doesNotContain("mfa-t");
    }

    @Test
    void anAuthenticatorCodeBeforeAnySecondFactorWasAskedForIsRefused() {
        assertThatThrownBy(() -> new PasswordSignIn(auth, AID).completeWithAuthenticator("123456"))
                .isInstanceOf(IllegalStateException.class);
    }
}
