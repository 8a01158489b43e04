package io.accountsdesk.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.SandboxFixture;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auth operations the sandbox serves so far, over real HTTP: the client-credentials token and the keys. */
class AuthSandboxIntegrationTest {

    @TempDir
    static Path dir;
    private static SandboxFixture fixture;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.start(dir, 3);
        client = fixture.client();
    }

    @AfterAll
    static void stop() {
        client.close();
        fixture.close();
    }

    @Test
    void theKeysIncludeTheOneThatSignedOurToken() throws Exception {
        String partner = fixture.sandbox().credentials().partnerId();
        TokenResponse token = client.auth().clientCredentialsToken(partner);

        List<Jwk> keys = client.auth().keys(partner);

        JsonNode header = Json.newMapper().readTree(new String(Base64.getUrlDecoder()
                .decode(token.accessToken().split("\\.")[0]), StandardCharsets.UTF_8));
        assertThat(keys).isNotEmpty();
        assertThat(keys).anySatisfy(key -> {
            assertThat(key.kid()).isEqualTo(header.get("kid").asText());
            assertThat(key.kty()).isEqualTo("RSA");
            assertThat(key.n()).isNotBlank();
            assertThat(key.e()).isNotBlank();
        });
        assertThat(token.tokenType()).isEqualToIgnoringCase("bearer");
        assertThat(token.expiresIn()).isPositive();
    }

    @Test
    void aGrantTheSandboxDoesNotIssueIsRefusedWithItsReason() {
        String partner = fixture.sandbox().credentials().partnerId();
        assertThatThrownBy(() -> client.auth().refreshToken(partner, "not-a-refresh-token"))
                .isInstanceOf(ApiException.Validation.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).isNotEmpty());
    }
}
