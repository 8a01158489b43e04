package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.client.clients.Client;
import io.accountsdesk.client.clients.ClientGrant;
import io.accountsdesk.client.clients.GrantType;
import io.accountsdesk.client.clients.NewClient;
import io.accountsdesk.client.clients.NewClientGrant;
import io.accountsdesk.client.http.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** API clients and their grants, created with the typed client and used to sign in against the sandbox. */
class E2eClientsTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(2);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    @Test
    void aNewClientShowsItsSecretOnceAndSignsInWithIt() {
        Client created = client().clients().create(new NewClient("Till integration", "Point of sale in Oslo",
                null, List.of("https://till.example/callback")));
        assertThat(created.id()).isNotBlank();
        assertThat(created.clientId()).isNotBlank();
        assertThat(created.revealsSecret()).isTrue();
        assertThat(created.callbacks()).containsExactly("https://till.example/callback");
        assertThat(created.createdAt()).isNotNull();

        Client read = client().clients().get(created.id());
        assertThat(read.name()).isEqualTo("Till integration");
        assertThat(read.description()).isEqualTo("Point of sale in Oslo");
        assertThat(read.revealsSecret()).isFalse();
        assertThat(client().clients().list()).extracting(Client::id).contains(created.id());

        try (ApiClient till = ApiClient.create(configFor(created.clientId(), created.clientSecret()))) {
            assertThat(till.auth().clientCredentialsToken(SANDBOX.partner()).accessToken()).isNotBlank();
        }
    }

    @Test
    void rotatingTheSecretRetiresTheOldOne() {
        Client created = client().clients().create(new NewClient("Rotating", null, null, null));
        Client rotated = client().clients().rotateSecret(created.id());

        assertThat(rotated.id()).isEqualTo(created.id());
        assertThat(rotated.clientSecret()).isNotBlank().isNotEqualTo(created.clientSecret());
        try (ApiClient old = ApiClient.create(configFor(created.clientId(), created.clientSecret()));
             ApiClient fresh = ApiClient.create(configFor(created.clientId(), rotated.clientSecret()))) {
            assertThatThrownBy(() -> old.auth().clientCredentialsToken(SANDBOX.partner()))
                    .isInstanceOf(ApiException.Unauthorized.class);
            assertThat(fresh.auth().clientCredentialsToken(SANDBOX.partner()).accessToken()).isNotBlank();
        }
    }

    @Test
    void aDeletedClientIsMarkedDeletedAndCanNoLongerSignIn() {
        Client created = client().clients().create(new NewClient("Short-lived", null, null, null));
        Client deleted = client().clients().delete(created.id());

        assertThat(deleted.id()).isEqualTo(created.id());
        assertThat(deleted.deletedAt()).isNotNull();
        try (ApiClient gone = ApiClient.create(configFor(created.clientId(), created.clientSecret()))) {
            assertThatThrownBy(() -> gone.auth().clientCredentialsToken(SANDBOX.partner()))
                    .isInstanceOf(ApiException.Unauthorized.class);
        }
        assertThat(client().clients().list()).extracting(Client::id).doesNotContain(created.id());
    }

    @Test
    void grantsAreListedByClientAndAudienceAndCanBeDeleted() {
        Client created = client().clients().create(new NewClient("Granted", null, null, null));
        String audience = client().auth().audience(SANDBOX.partner());
        ClientGrant grant = client().clientGrants().create(new NewClientGrant(created.clientId(), audience,
                List.of("admin:accounts", "read:accounts"), GrantType.CLIENT_CREDENTIALS, null));

        assertThat(grant.id()).isNotBlank();
        assertThat(grant.clientId()).isEqualTo(created.clientId());
        assertThat(grant.audience()).isEqualTo(audience);
        assertThat(grant.scope()).containsExactly("admin:accounts", "read:accounts");
        assertThat(grant.type()).isEqualTo(GrantType.CLIENT_CREDENTIALS);

        assertThat(client().clientGrants().list(null, created.clientId())).extracting(ClientGrant::id)
                .containsExactly(grant.id());
        assertThat(client().clientGrants().list(audience, created.clientId())).hasSize(1);
        assertThat(client().clientGrants().list("https://elsewhere.example/v1/accounts/" + SANDBOX.partner(),
                created.clientId())).isEmpty();

        ClientGrant deleted = client().clientGrants().delete(grant.id());
        assertThat(deleted.id()).isEqualTo(grant.id());
        assertThat(client().clientGrants().list(null, created.clientId())).isEmpty();
    }

    @Test
    void anUnknownClientIsNotFound() {
        assertThatThrownBy(() -> client().clients().get("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
                .isInstanceOf(ApiException.NotFound.class);
    }

    private static ApiConfig configFor(String clientId, String secret) {
        ApiConfig base = SANDBOX.fixture().config();
        return ApiConfig.of(base.baseUrl().toString(), SANDBOX.partner(), new ClientCredentials(clientId, secret));
    }
}
