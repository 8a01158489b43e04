package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.accountsdesk.sandbox.clients.Checks.invalid;
import static io.accountsdesk.sandbox.clients.Checks.ok;
import static io.accountsdesk.sandbox.clients.Checks.tokenFor;
import static io.accountsdesk.sandbox.clients.Checks.values;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** API clients over HTTP: list, create (secret shown once), get, delete, rotate-secret, and the token they open. */
class ClientRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("clients");

    private static Api api;
    private static String token;
    private static String clients;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        clients = "/accounts/" + api.partnerId() + "/auth/clients";
    }

    private static JsonNode create(Object body) {
        return ok(api.post(clients, token, body));
    }

    private static JsonNode list() {
        return ok(api.get(clients, token));
    }

    @Test
    void theSeededClientIsListedWithoutItsSecret() {
        JsonNode list = list();
        JsonNode seeded = null;
        for (JsonNode client : list) {
            assertThat(client.has("client_secret")).as(client.toString()).isFalse();
            if (client.get("client_id").asText().equals(OWN.sandbox().credentials().clientId())) {
                seeded = client;
            }
        }
        assertThat(seeded).as("the sandbox's own client in " + list).isNotNull();
        assertThat(seeded.get("description").asText()).contains("Accounts Desk");
        assertThat(list.toString()).doesNotContain(OWN.sandbox().credentials().clientSecret());
        JsonNode got = ok(api.get(clients + "/" + seeded.get("id").asText(), token));
        assertThat(got).isEqualTo(seeded);
    }

    @Test
    void createShowsTheSecretOnceAndTheNewClientGetsTokens() {
        JsonNode created = create(Map.of("name", "Nightly export", "description", "Exports settlements",
                "callbacks", List.of("https://example.com/callback")));
        String secret = created.get("client_secret").asText();
        String clientId = created.get("client_id").asText();
        assertThat(secret).hasSize(43);
        assertThat(clientId).isNotBlank();
        assertThat(created.get("name").asText()).isEqualTo("Nightly export");
        assertThat(created.get("callbacks")).hasSize(1);
        assertThat(created.get("created_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());
        assertThat(created.get("deleted_at").isNull()).isTrue();

        JsonNode got = ok(api.get(clients + "/" + created.get("id").asText(), token));
        assertThat(got.has("client_secret")).isFalse();
        assertThat(got.get("client_id").asText()).isEqualTo(clientId);
        assertThat(got.get("description").asText()).isEqualTo("Exports settlements");
        assertThat(list().toString()).contains(clientId).doesNotContain(secret);

        // End to end: Basic auth with the new client at the token endpoint, then a protected route with its token.
        Api.Reply issued = tokenFor(api, clientId, secret);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String newToken = issued.json().get("access_token").asText();
        JsonNode second = ok(api.post(clients, newToken, Map.of("name", "made by the new client")));
        assertThat(second.get("created_by").asText()).isEqualTo(clientId);
    }

    @Test
    void aClientMayChooseItsClientIdAndATakenOneStoresNothing() {
        String chosen = "export-" + UUID.randomUUID();
        JsonNode created = create(Map.of("client_id", chosen, "name", "first"));
        assertThat(created.get("client_id").asText()).isEqualTo(chosen);
        int before = list().size();

        JsonNode conflict = assertError(api.post(clients, token, Map.of("client_id", chosen, "name", "second")), 409, "conflict");
        assertThat(Checks.fieldsOf(conflict)).containsExactly("client_id");
        // All-or-nothing: the second client's document was written before its row failed, and was rolled back.
        JsonNode after = list();
        assertThat(after).hasSize(before);
        assertThat(values(after, "name")).doesNotContain("second");
        assertThat(tokenFor(api, chosen, created.get("client_secret").asText()).status()).isEqualTo(200);

        assertError(api.post(clients, token, Map.of("client_id", OWN.sandbox().credentials().clientId())), 409, "conflict");
    }

    @Test
    void aBadBodyNamesEachFieldAndStoresNothing() {
        int before = list().size();
        invalid(api.post(clients, token, Map.of("name", 5, "callbacks", "https://example.com", "client_id", "a:b",
                "description", List.of())), "name", "callbacks", "client_id", "description");
        invalid(api.post(clients, token, Map.of("callbacks", List.of("ok", 7))), "callbacks[1]");
        invalid(api.post(clients, token, Map.of("client_id", "x".repeat(65))), "client_id");
        invalid(api.post(clients, token, "[1]"), "body");
        assertError(api.post(clients, token, "{not json"), 400, "invalid_request");
        assertThat(list()).hasSize(before);
    }

    @Test
    void anEmptyBodyStillCreatesAClient() {
        // The seed marks no field of a new client required.
        JsonNode created = create("{}");
        assertThat(created.get("client_id").asText()).isNotBlank();
        assertThat(created.get("name").isNull()).isTrue();
        assertThat(created.get("callbacks")).isEmpty();
        assertThat(tokenFor(api, created.get("client_id").asText(), created.get("client_secret").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void rotateShowsANewSecretOnceAndTheOldOneStopsAtOnce() {
        JsonNode created = create(Map.of("name", "to rotate"));
        String id = created.get("id").asText();
        String clientId = created.get("client_id").asText();
        String old = created.get("client_secret").asText();
        assertThat(tokenFor(api, clientId, old).status()).isEqualTo(200);

        JsonNode rotated = ok(api.post(clients + "/" + id + "/rotate-secret", token, null));
        String fresh = rotated.get("client_secret").asText();
        assertThat(fresh).hasSize(43).isNotEqualTo(old);
        assertThat(rotated.get("id").asText()).isEqualTo(id);
        assertThat(rotated.get("client_id").asText()).isEqualTo(clientId);

        assertError(tokenFor(api, clientId, old), 401, "invalid_client");
        assertThat(tokenFor(api, clientId, fresh).status()).isEqualTo(200);
        JsonNode got = ok(api.get(clients + "/" + id, token));
        assertThat(got.has("client_secret")).isFalse();
        assertThat(got.get("updated_at").asText()).isEqualTo(rotated.get("updated_at").asText());
        assertThat(list().toString()).doesNotContain(fresh);
    }

    @Test
    void deleteRemovesTheClientItsGrantsAndItsTokenGrant() {
        JsonNode created = create(Map.of("name", "to delete"));
        String id = created.get("id").asText();
        String clientId = created.get("client_id").asText();
        String grants = "/accounts/" + api.partnerId() + "/auth/client-grants";
        ok(api.post(grants, token, Map.of("client_id", clientId, "audience", api.baseUrl() + "/accounts/"
                + api.partnerId(), "scope", List.of("read:accounts"))));

        JsonNode deleted = ok(api.delete(clients + "/" + id, token));
        assertThat(deleted.get("id").asText()).isEqualTo(id);
        assertThat(deleted.get("deleted_at").isNull()).isFalse();
        assertThat(deleted.get("deleted_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());
        assertThat(deleted.has("client_secret")).isFalse();

        assertError(api.get(clients + "/" + id, token), 404, "not_found");
        assertThat(values(list(), "id")).doesNotContain(id);
        assertError(tokenFor(api, clientId, created.get("client_secret").asText()), 401, "invalid_client");
        assertThat(ok(api.get(grants + "?client_id=" + Api.enc(clientId), token))).isEmpty();
        assertError(api.delete(clients + "/" + id, token), 404, "not_found");
        assertError(api.post(clients + "/" + id + "/rotate-secret", token, null), 404, "not_found");
    }

    @Test
    void theSandboxesOwnClientCannotBeDeleted() {
        String seeded = ClientRoutes.documentId(OWN.sandbox().credentials().clientId());
        assertError(api.delete(clients + "/" + seeded, token), 409, "conflict");
        var credentials = OWN.sandbox().credentials();
        assertThat(tokenFor(api, credentials.clientId(), credentials.clientSecret()).status()).isEqualTo(200);
    }

    @Test
    void unknownIdsAreNotFound() {
        String missing = UUID.randomUUID().toString();
        assertError(api.get(clients + "/" + missing, token), 404, "not_found");
        assertError(api.delete(clients + "/" + missing, token), 404, "not_found");
        assertError(api.post(clients + "/" + missing + "/rotate-secret", token, null), 404, "not_found");
        // The client_id is not the id.
        assertError(api.get(clients + "/" + OWN.sandbox().credentials().clientId() + "x", token), 404, "not_found");
    }

    @Test
    void noTokenIsUnauthorizedAndAnotherAccountsTokenIsForbidden() {
        assertError(api.get(clients, null), 401, "unauthorized");
        assertError(api.post(clients, null, "{}"), 401, "unauthorized");
        assertError(api.get("/accounts/T45600000/auth/clients", token), 403, "forbidden");
        assertError(api.post("/accounts/T12345678/auth/clients", token, "{}"), 403, "forbidden");
        assertError(api.get("/accounts/X1/auth/clients", token), 400, "invalid_request");
    }

    @Test
    void aShortPartnerIdIsTheSamePartner() {
        JsonNode created = create(Map.of("name", "via short id"));
        assertThat(values(ok(api.get("/accounts/T123/auth/clients", token)), "id")).contains(created.get("id").asText());
    }

    /**
     * A restart keeps clients and secrets. Between the two runs the database is opened directly to check what the
     * HTTP answers cannot show: the create refused with 409 left no document behind (the list is built from the
     * table rows, so an orphaned document would be invisible there).
     */
    @Test
    void clientsAndTheirSecretsSurviveARestartAndARefusedCreateLeavesNoDocument() {
        Path own = TestSandboxes.tempDir("clients-restart");
        try {
            String clientId;
            String secret;
            int count;
            try (Sandbox first = TestSandboxes.startOwn(own, true)) {
                Api a = TestSandboxes.api(first);
                String t = a.token();
                JsonNode created = ok(a.post("/accounts/T123/auth/clients", t, Map.of("name", "kept")));
                clientId = created.get("client_id").asText();
                secret = created.get("client_secret").asText();
                assertError(a.post("/accounts/T123/auth/clients", t, Map.of("client_id", clientId, "name", "dup")), 409, "conflict");
                count = ok(a.get("/accounts/T123/auth/clients", t)).size();
            }
            try (SandboxDatabase db = SandboxDatabase.open(own, 2)) {
                DocumentStore documents = new DocumentStore(db);
                List<ObjectNode> docs = documents.list(ClientRoutes.KIND, "T12300000", null, 100,
                        d -> clientId.equals(d.path("client_id").asText()));
                assertThat(docs).hasSize(1);
                assertThat(docs.get(0).get("name").asText()).isEqualTo("kept");
                assertThat(docs.get(0).toString()).doesNotContain(secret);
            }
            try (Sandbox second = TestSandboxes.startOwn(own, false)) {
                Api a = TestSandboxes.api(second);
                JsonNode list = ok(a.get("/accounts/T123/auth/clients", a.token()));
                assertThat(list).hasSize(count);
                assertThat(values(list, "client_id")).contains(clientId, second.credentials().clientId());
                assertThat(tokenFor(a, clientId, secret).status()).isEqualTo(200);
            }
        } finally {
            TestSandboxes.delete(own);
        }
    }
}
