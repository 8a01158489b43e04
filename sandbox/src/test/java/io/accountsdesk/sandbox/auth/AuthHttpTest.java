package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The token route, the JWKS, and the bearer check every other route sits behind. */
class AuthHttpTest {

    private static Api api;
    private static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = TestSandboxes.shared();
        api = TestSandboxes.api(sandbox);
    }

    private static void assertUnauthorized(Api.Reply reply) {
        assertError(reply, 401, "unauthorized");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokenResponseHasTheSeedShapeAndOpensTheAccountRoutes() {
        Api.Reply reply = api.requestToken(api.partnerId(), sandbox.credentials().clientId(), sandbox.credentials().clientSecret(),
                "{\"grant_type\":\"client_credentials\",\"audience\":\"" + api.baseUrl() + "/accounts/" + api.partnerId() + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        String token = body.get("access_token").asText();
        assertThat(api.get(api.accountsPath() + "?limit=1", token).status()).isEqualTo(200);
    }

    @Test
    void tokenCarriesTheDocumentedClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(api.token());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(claims.getIssuer()).isEqualTo(api.baseUrl() + "/accounts/" + api.partnerId());
        assertThat(claims.getSubject()).isEqualTo(sandbox.credentials().clientId());
        assertThat(claims.getAudience()).containsExactly(api.baseUrl() + "/accounts/" + api.partnerId());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getClaim("account_id")).isEqualTo(api.partnerId());
        assertThat(claims.getStringClaim("scope")).contains("admin:accounts");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000L);
    }

    @Test
    void jwksVerifiesIssuedTokensAndHoldsOnlyThePublicKey() throws Exception {
        Api.Reply reply = api.get("/accounts/" + api.partnerId() + "/auth/keys", null);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode keys = reply.json();
        assertThat(keys.isArray()).isTrue();
        assertThat(keys).hasSize(1);
        List<String> fields = new java.util.ArrayList<>();
        keys.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("alg", "kty", "use", "n", "e", "kid");

        JWKSet set = JWKSet.parse("{\"keys\":" + reply.body() + "}");
        SignedJWT jwt = SignedJWT.parse(api.token());
        RSAKey key = (RSAKey) set.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid of the token is in the JWKS").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
    }

    @Test
    void shortPartnerIdIsTheSamePartner() {
        Api.Reply token = api.requestToken("T123", sandbox.credentials().clientId(), sandbox.credentials().clientSecret(),
                "{\"grant_type\":\"client_credentials\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        Api.Reply list = api.get("/accounts/T123/management/accounts?limit=2", token.json().get("access_token").asText());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
    }

    @Test
    void missingTokenIsUnauthorized() {
        assertUnauthorized(api.get(api.accountsPath(), null));
    }

    @Test
    void malformedTokensAreUnauthorized() {
        assertUnauthorized(api.get(api.accountsPath(), "not-a-jwt"));
        assertUnauthorized(api.get(api.accountsPath(), "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        String token = api.token();
        assertUnauthorized(api.get(api.accountsPath(), token.substring(0, token.length() - 6)));
        // Right token, wrong scheme.
        assertUnauthorized(api.send(java.net.http.HttpRequest.newBuilder(api.uri(api.accountsPath()))
                .header("Authorization", "Basic " + token).build()));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws Exception {
        SignedJWT genuine = SignedJWT.parse(api.token());
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(otherKey));
        Api.Reply reply = api.get(api.accountsPath(), forged.serialize());
        assertUnauthorized(reply);
        assertThat(reply.json().at("/error/message").asText()).contains("signature");
    }

    @Test
    void tokenForAnotherAccountIsForbidden() {
        String token = api.token();
        assertError(api.get("/accounts/T45600000/management/accounts", token), 403, "forbidden");
        assertError(api.get("/accounts/T456/management/accounts", token), 403, "forbidden");
        assertError(api.get("/accounts/P12300000/management/accounts", token), 403, "forbidden");
    }

    @Test
    void wrongSecretUnknownClientOrMissingBasicAreInvalidClient() {
        String body = "{\"grant_type\":\"client_credentials\"}";
        String id = sandbox.credentials().clientId();
        Api.Reply wrongSecret = api.requestToken(api.partnerId(), id, sandbox.credentials().clientSecret() + "x", body);
        assertError(wrongSecret, 401, "invalid_client");
        assertThat(wrongSecret.body()).doesNotContain(sandbox.credentials().clientSecret());
        assertError(api.requestToken(api.partnerId(), "no-such-client", "secret", body), 401, "invalid_client");
        assertError(api.requestToken(api.partnerId(), null, null, body), 401, "invalid_client");
        // The right client on another account's token endpoint.
        assertError(api.requestToken("T45600000", id, sandbox.credentials().clientSecret(), body), 401, "invalid_client");
    }

    @Test
    void unsupportedGrantTypeAndBadBodiesAreBadRequests() {
        String id = sandbox.credentials().clientId();
        String secret = sandbox.credentials().clientSecret();
        Api.Reply implicit = api.requestToken(api.partnerId(), id, secret, "{\"grant_type\":\"implicit\"}");
        assertError(implicit, 400, "unsupported_grant_type");
        assertThat(implicit.json().at("/error/errors/0/field").asText()).isEqualTo("grant_type");

        Api.Reply missing = api.requestToken(api.partnerId(), id, secret, "{}");
        assertError(missing, 400, "invalid_request");
        assertThat(missing.json().at("/error/errors/0/field").asText()).isEqualTo("grant_type");
        assertThat(missing.json().at("/error/errors/0/location").asText()).isEqualTo("body");

        assertError(api.requestToken(api.partnerId(), id, secret, "{not json"), 400, "invalid_request");
    }

    @Test
    void audienceMustNameThisAccountButAnyHostWill() {
        String id = sandbox.credentials().clientId();
        String secret = sandbox.credentials().clientSecret();
        Api.Reply otherHost = api.requestToken(api.partnerId(), id, secret,
                "{\"grant_type\":\"client_credentials\",\"audience\":\"https://api.dintero.com/v1/accounts/T123\"}");
        assertThat(otherHost.status()).as(otherHost.body()).isEqualTo(200);

        Api.Reply otherAccount = api.requestToken(api.partnerId(), id, secret,
                "{\"grant_type\":\"client_credentials\",\"audience\":\"" + api.baseUrl() + "/accounts/T45600000\"}");
        assertError(otherAccount, 400, "invalid_request");
        assertThat(otherAccount.json().at("/error/errors/0/field").asText()).isEqualTo("audience");

        assertError(api.requestToken(api.partnerId(), id, secret,
                "{\"grant_type\":\"client_credentials\",\"audience\":\"not a url\"}"), 400, "invalid_request");
    }

    @Test
    void tamperedPayloadIsUnauthorized() {
        // Same header and signature, payload swapped for one naming the partner with a later expiry.
        String[] parts = api.token().split("\\.");
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"account_id\":\"T12300000\",\"exp\":" + (Instant.now().getEpochSecond() + 86_400) + "}").getBytes());
        assertUnauthorized(api.get(api.accountsPath(), parts[0] + "." + payload + "." + parts[2]));
    }
}
