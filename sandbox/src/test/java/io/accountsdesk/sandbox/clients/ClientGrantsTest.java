package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.store.SandboxDatabase;
import io.accountsdesk.sandbox.store.Schema;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The grant lookup the token route would use to refuse an audience without a grant. */
class ClientGrantsTest {

    @Test
    void audiencesMatchByTextOrByUrlPath() {
        String seeded = "https://api.dintero.com/v1/accounts/T12300000";
        assertThat(ClientGrants.audienceMatches(seeded, seeded)).isTrue();
        assertThat(ClientGrants.audienceMatches(seeded, "http://127.0.0.1:54321/v1/accounts/T12300000")).isTrue();
        assertThat(ClientGrants.audienceMatches(seeded, "http://localhost:1/v1/accounts/T12300000/")).isTrue();
        assertThat(ClientGrants.audienceMatches(seeded, "http://localhost:1/v1/accounts/T123")).isTrue();
        assertThat(ClientGrants.audienceMatches(seeded, "http://localhost:1/v1/accounts/T45600000")).isFalse();
        assertThat(ClientGrants.audienceMatches(seeded, "http://localhost:1/v1/accounts/T12345678")).isFalse();
        assertThat(ClientGrants.audienceMatches("my-api", "my-api")).isTrue();
        assertThat(ClientGrants.audienceMatches("my-api", "other-api")).isFalse();
        assertThat(ClientGrants.audienceMatches("my-api", "not a url")).isFalse();
        assertThat(ClientGrants.audienceMatches(null, "x")).isFalse();
    }

    @Test
    void aGrantAllowsItsClientAudienceAndType() throws Exception {
        Path dir = TestSandboxes.tempDir("grants-lookup");
        try (SandboxDatabase db = SandboxDatabase.open(dir, 2)) {
            try (Connection c = db.connection()) {
                Schema.create(c);
            }
            DocumentStore documents = new DocumentStore(db);
            documents.put(ClientGrantRoutes.KIND, "T12300000", "g1", grant("c1", "password"), "c1");
            documents.put(ClientGrantRoutes.KIND, "T12300000", "g2", grant("c2", "any"), "c2");
            String audience = "http://127.0.0.1:9/v1/accounts/T12300000";
            assertThat(ClientGrants.allowing(documents, "T12300000", "c1", audience, "password")).isPresent();
            assertThat(ClientGrants.allowing(documents, "T12300000", "c1", audience, "client_credentials")).isEmpty();
            assertThat(ClientGrants.allowing(documents, "T12300000", "c2", audience, "client_credentials")).isPresent();
            assertThat(ClientGrants.allowing(documents, "T12300000", "c2", "https://elsewhere/v1/x", "password")).isEmpty();
            assertThat(ClientGrants.allowing(documents, "T12300000", "c3", audience, "password")).isEmpty();
            assertThat(ClientGrants.allowing(documents, "T45600000", "c2", audience, "password")).isEmpty();
        } finally {
            TestSandboxes.delete(dir);
        }
    }

    private static ObjectNode grant(String clientId, String type) {
        ObjectNode grant = Json.object();
        grant.put("client_id", clientId);
        grant.put("audience", "https://api.dintero.com/v1/accounts/T12300000");
        grant.putArray("scope").add("read:accounts");
        grant.put("type", type);
        return grant;
    }
}
