package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.accountsdesk.sandbox.clients.Checks.invalid;
import static io.accountsdesk.sandbox.clients.Checks.ok;
import static io.accountsdesk.sandbox.clients.Checks.values;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Client grants over HTTP: list (with its filters), create, delete. */
class ClientGrantRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("grants");

    private static Api api;
    private static String token;
    private static String grants;
    private static String audience;
    private static String clientId;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        grants = "/accounts/" + api.partnerId() + "/auth/client-grants";
        audience = api.baseUrl() + "/accounts/" + api.partnerId();
        clientId = ok(api.post("/accounts/T123/auth/clients", token, Map.of("name", "grant holder"))).get("client_id").asText();
    }

    private static Map<String, Object> grant(String audienceValue, List<String> scope) {
        return Map.of("client_id", clientId, "audience", audienceValue, "scope", scope);
    }

    @Test
    void theSeededClientHasAClientCredentialsGrantWithItsTokenScopes() {
        JsonNode list = ok(api.get(grants + "?client_id=" + Api.enc(OWN.sandbox().credentials().clientId()), token));
        assertThat(list).hasSize(1);
        JsonNode seeded = list.get(0);
        assertThat(seeded.get("type").asText()).isEqualTo("client_credentials");
        assertThat(seeded.get("audience").asText()).endsWith("/v1/accounts/" + api.partnerId());
        assertThat(seeded.get("scope")).hasSize(3);
        assertThat(seeded.get("scope").toString()).contains("admin:accounts");
        assertThat(ClientGrants.audienceMatches(seeded.get("audience").asText(), audience)).isTrue();
    }

    @Test
    void createThenListFilterAndDelete() {
        String ownAudience = "https://api.example.com/" + UUID.randomUUID();
        JsonNode created = ok(api.post(grants, token, Map.of("client_id", clientId, "audience", ownAudience,
                "scope", List.of("read:accounts", "read:billing"), "type", "client_credentials")));
        String id = created.get("id").asText();
        assertThat(created.get("client_id").asText()).isEqualTo(clientId);
        assertThat(created.get("audience").asText()).isEqualTo(ownAudience);
        assertThat(created.get("type").asText()).isEqualTo("client_credentials");
        assertThat(created.get("oidc").isNull()).isTrue();
        assertThat(created.get("created_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());

        assertThat(values(ok(api.get(grants, token)), "id")).contains(id);
        assertThat(values(ok(api.get(grants + "?audience=" + Api.enc(ownAudience), token)), "id")).containsExactly(id);
        assertThat(values(ok(api.get(grants + "?audience=" + Api.enc(ownAudience) + "&client_id=" + Api.enc(clientId),
                token)), "id")).containsExactly(id);
        assertThat(ok(api.get(grants + "?audience=" + Api.enc(ownAudience) + "&client_id=nobody", token))).isEmpty();

        JsonNode deleted = ok(api.delete(grants + "/" + id, token));
        assertThat(deleted.get("id").asText()).isEqualTo(id);
        assertThat(deleted.get("deleted_at").isNull()).isFalse();
        assertThat(ok(api.get(grants + "?audience=" + Api.enc(ownAudience), token))).isEmpty();
        assertError(api.delete(grants + "/" + id, token), 404, "not_found");
    }

    @Test
    void typeDefaultsToAnyAndOidcIsKept() {
        JsonNode plain = ok(api.post(grants, token, grant(audience, List.of("read:accounts"))));
        assertThat(plain.get("type").asText()).isEqualTo("any");
        JsonNode oidc = ok(api.post(grants, token, Map.of("client_id", clientId, "audience", audience,
                "scope", List.of("read:accounts"), "type", "authorization_code",
                "oidc", Map.of("client_id", "external-idp-client", "client_secret", "idp-secret"))));
        assertThat(oidc.at("/oidc/client_id").asText()).isEqualTo("external-idp-client");
        // The seed's own example pairs oidc with type any.
        ok(api.post(grants, token, Map.of("client_id", clientId, "audience", audience, "scope", List.of("a:b"),
                "oidc", Map.of("client_id", "x"))));
    }

    @Test
    void aBadBodyNamesEachFieldAndStoresNothing() {
        int before = ok(api.get(grants, token)).size();
        invalid(api.post(grants, token, Map.of("scope", List.of("ok", ""), "type", "implicit")),
                "client_id", "audience", "scope[1]", "type");
        invalid(api.post(grants, token, Map.of("client_id", clientId, "audience", audience, "scope", "read:accounts")),
                "scope");
        invalid(api.post(grants, token, Map.of("client_id", clientId, "audience", audience, "scope", List.of("x"),
                "oidc", "yes")), "oidc");
        invalid(api.post(grants, token, Map.of("client_id", clientId, "audience", audience, "scope", List.of("x"),
                "type", "password", "oidc", Map.of("client_id", "x"))), "type");
        invalid(api.post(grants, token, grant("", List.of("x"))), "audience");
        invalid(api.post(grants, token, null), "body");
        assertThat(ok(api.get(grants, token))).hasSize(before);
    }

    @Test
    void aGrantMustNameAClientOfTheAccount() {
        int before = ok(api.get(grants, token)).size();
        invalid(api.post(grants, token, Map.of("client_id", "no-such-client", "audience", audience,
                "scope", List.of("read:accounts"))), "client_id");
        assertThat(ok(api.get(grants, token))).hasSize(before);
    }

    @Test
    void filtersTakeOneValueEach() {
        invalid(api.get(grants + "?audience=a&audience=b", token), "audience");
        invalid(api.get(grants + "?client_id=a&client_id=b&audience=c", token), "client_id");
    }

    @Test
    void unknownGrantIsNotFoundAndAuthIsChecked() {
        assertError(api.delete(grants + "/" + UUID.randomUUID(), token), 404, "not_found");
        assertError(api.get(grants, null), 401, "unauthorized");
        assertError(api.get("/accounts/T45600000/auth/client-grants", token), 403, "forbidden");
    }
}
