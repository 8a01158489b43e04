package io.accountsdesk.client.auth;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static io.accountsdesk.client.MockApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.authusers.AuthUserUpdate;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.client.clients.GrantOidc;
import io.accountsdesk.client.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthApiTest {

    private static final String OID = "T12345678";
    private final MockApi api = new MockApi();
    private final AuthApi auth = new AuthApi(api.transport);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void publicKeysAreFetchedWithoutCredentials() {
        api.answer(200, "[{\"alg\":\"RS256\",\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\"abc\",\"e\":\"AQAB\",\"kid\":\"k1\"}]");

        List<Jwk> keys = auth.keys(OID);

        assertThat(keys).containsExactly(new Jwk("RS256", "RSA", "sig", "abc", "AQAB", "k1"));
        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/keys");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void passwordlessCodeIsRequestedThenTradedForATokenWithIdentAndCode() {
        api.answer(204, null);
        api.answer(200, token("user-jwt", 3600L, null));
        String audience = auth.audience(OID);

        auth.startPasswordless(OID, PasswordlessStart.byEmail(audience, "app", "ada@example.com",
                PasswordlessUserType.COMPANY));
        TokenResponse tokens = auth.passwordlessToken(OID, "email", "ada@example.com", "987654", audience);

        assertThat(tokens.accessToken()).isEqualTo("user-jwt");
        RecordedRequest start = api.take();
        assertThat(start.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/passwordless");
        assertThat(start.getHeaders().get("Authorization")).isEqualTo("Bearer client-token");
        assertThat(body(start)).isEqualTo(parse("{\"audience\":\"" + audience + "\",\"client_id\":\"app\","
                + "\"connection\":\"email\",\"email\":\"ada@example.com\",\"type\":\"company\",\"send\":\"code\"}"));
        assertThat(body(api.take())).isEqualTo(parse("{\"grant_type\":\"authorization_code\",\"ident_type\":\"email\","
                + "\"ident\":\"ada@example.com\",\"verification_code\":\"987654\",\"audience\":\"" + audience + "\"}"));
    }

    @Test
    void aVerificationCodeCanBeCreatedForAUser() {
        api.answer(200, "{\"verification_code\":\"CODE-SECRET\"}");

        VerificationCode code = auth.createVerificationCode(OID, new VerificationCodeRequest("aud", "app", "u-1"));

        assertThat(code.verificationCode()).isEqualTo("CODE-SECRET");
        assertThat(code.toString()).doesNotContain("CODE-SECRET");
        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/passwordless/code");
        assertThat(body(request)).isEqualTo(parse("{\"audience\":\"aud\",\"client_id\":\"app\",\"user_id\":\"u-1\"}"));
    }

    @Test
    void anOidcAuthorizationCodeIsTradedForATokenAndTheProvidersClaims() {
        api.answer(200, "{\"access_token\":\"jwt\",\"token_type\":\"Bearer\",\"expires_in\":86400,"
                + "\"user_info\":{\"value\":{\"sub\":\"user-9\",\"name\":\"Ada\"},\"authority\":\"idp\"}}");

        OidcTokenResponse answer = auth.oidcToken(OID,
                OidcTokenRequest.authorizationCode("code-1", "app", "https://app.example/cb", "aud"));

        assertThat(answer.userInfo().subject()).isEqualTo("user-9");
        assertThat(answer.userInfo().authority()).isEqualTo("idp");
        assertThat(answer.toTokenResponse().expiresIn()).isEqualTo(86400L);
        RecordedRequest request = api.take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/oidc/token");
        assertThat(body(request)).isEqualTo(parse("{\"grant_type\":\"authorization_code\",\"code\":\"code-1\","
                + "\"client_id\":\"app\",\"redirect_uri\":\"https://app.example/cb\",\"audience\":\"aud\"}"));
    }

    @Test
    void redirectRequestsAreCheckedAsTheSeedRequires() {
        api.answer(200, "{\"redirect_uri\":\"https://app.example/cb?id_token=x\"}");

        RedirectResponse answer = auth.redirect(OID, RedirectRequest.to("https://app.example/cb",
                Map.of("shop", "7"), List.of(IdTokenClaim.EMAIL)));

        assertThat(answer.redirectUri()).startsWith("https://app.example/cb");
        assertThat(body(api.take())).isEqualTo(parse(
                "{\"redirect_uri\":\"https://app.example/cb\",\"custom_claims\":{\"shop\":\"7\"},\"claims\":[\"email\"]}"));
        assertThatThrownBy(() -> RedirectRequest.to("ftp://app.example", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, String> six = IntStream.range(0, 6).boxed()
                .collect(java.util.stream.Collectors.toMap(i -> "c" + i, i -> "v"));
        assertThatThrownBy(() -> RedirectRequest.to("https://app.example", six, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5");
    }

    @Test
    void revokeAcceptsAnEmptyAnswer() {
        api.answer(200, "");
        auth.revoke(OID, "refresh-1");
        assertThat(body(api.take())).isEqualTo(parse("{\"token\":\"refresh-1\"}"));
    }

    @Test
    void unknownEnumValuesAreKept() throws Exception {
        MfaChallengeRequest read = Json.newMapper().readValue(
                "{\"challenge_type\":\"oob\",\"oob_channel\":\"voice\",\"mfa_token\":\"t\"}", MfaChallengeRequest.class);
        assertThat(read.oobChannel().value()).isEqualTo("voice");
        assertThat(read.oobChannel().isKnown()).isFalse();
        assertThat(Json.newMapper().writeValueAsString(read)).contains("\"oob_channel\":\"voice\"");
    }

    @Test
    void noModelHoldingASecretShowsItInToString() {
        String secret = "S3CRET";
        List<Object> models = List.of(
                TokenRequest.password("ada", secret, "aud"),
                TokenRequest.refreshToken(secret),
                TokenRequest.mfaOob(secret, secret, secret),
                TokenRequest.passwordless("email", "ada@example.com", secret, "aud"),
                new TokenResponse(secret, "Bearer", 60L, secret),
                new OidcTokenRequest("authorization_code", secret, "app", "https://x", "aud"),
                new OidcTokenResponse(secret, "Bearer", 60L, null),
                MfaChallengeRequest.oob(OobChannel.SMS, secret),
                new MfaChallenge("oob", "prompt", secret, secret),
                new RevokeRequest(secret),
                new VerificationCode(secret),
                new RedirectResponse("https://x?id_token=" + secret),
                new Client("id", null, null, null, null, null, "n", "d", "cid", List.of(), secret),
                new GrantOidc("cid", secret),
                new NewAuthUser("ada", List.of(), null, secret),
                new AuthUserUpdate(secret, List.of(), null));
        assertThat(models).allSatisfy(model -> assertThat(model.toString()).doesNotContain(secret));
    }
}
