package io.accountsdesk.client.clients;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.client.MockApi;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientsApiTest {

    private final MockApi api = new MockApi();
    private final ClientsApi clients = new ClientsApi(api.transport, "T12345678");
    private final ClientGrantsApi grants = new ClientGrantsApi(api.transport, "T12345678");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void rotatingASecretSendsAnEmptyPostAndTheAnswerRevealsTheNewSecretOnlyThroughItsAccessor() {
        api.answer(200, "{\"id\":\"c1\",\"client_id\":\"app\",\"client_secret\":\"NEW-SECRET\"}");

        Client rotated = clients.rotateSecret("c1");

        assertThat(rotated.revealsSecret()).isTrue();
        assertThat(rotated.clientSecret()).isEqualTo("NEW-SECRET");
        assertThat(rotated.toString()).doesNotContain("NEW-SECRET");
        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/auth/clients/c1/rotate-secret");
        assertThat(request.getBody().size()).isZero();
    }

    @Test
    void aListedClientHasNoSecret() {
        api.answer(200, "[{\"id\":\"c1\",\"client_id\":\"app\"}]");

        assertThat(clients.list()).singleElement().satisfies(client -> assertThat(client.revealsSecret()).isFalse());
    }

    @Test
    void grantFiltersAreSentOnlyWhenGiven() {
        api.answer(200, "[]");
        api.answer(200, "[]");

        grants.list(null, " ");
        grants.list("https://api.example/v1/accounts/T12345678", "app");

        assertThat(api.take().getUrl().query()).isNull();
        RecordedRequest filtered = api.take();
        assertThat(filtered.getUrl().queryParameter("audience")).isEqualTo("https://api.example/v1/accounts/T12345678");
        assertThat(filtered.getUrl().queryParameter("client_id")).isEqualTo("app");
    }

    @Test
    void creatingAGrantSendsItsTypeAndOidcConfiguration() {
        api.answer(200, "{\"id\":\"g1\",\"client_id\":\"app\",\"type\":\"authorization_code\",\"scope\":[\"s\"]}");

        ClientGrant created = grants.create(new NewClientGrant("app", "aud", List.of("s"),
                GrantType.AUTHORIZATION_CODE, new GrantOidc("idp-client", "idp-secret")));

        assertThat(created.type()).isEqualTo(GrantType.AUTHORIZATION_CODE);
        assertThat(body(api.take())).isEqualTo(parse("{\"client_id\":\"app\",\"audience\":\"aud\",\"scope\":[\"s\"],"
                + "\"type\":\"authorization_code\",\"oidc\":{\"client_id\":\"idp-client\",\"client_secret\":\"idp-secret\"}}"));
    }
}
