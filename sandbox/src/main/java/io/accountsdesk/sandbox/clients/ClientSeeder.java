package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.auth.ApiClientRepository;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The demo clients &amp; grants, written once per database: the sandbox's own client gets its document (a
 * description, the partner as creator) and a client-credentials grant for the partner's accounts API, with the scopes
 * its tokens carry. A marker document records that this ran, so a restart changes nothing and what a user deleted
 * stays deleted; {@code --reset} drops the database and with it the marker.
 */
final class ClientSeeder {

    static final String MARKER_KIND = "clients.seeded";
    static final String MARKER_ID = "v1";
    /**
     * The live API's audience for the partner. Token requests to the sandbox name its own host and port instead;
     * {@link ClientGrants#audienceMatches} therefore compares the URL paths.
     */
    static final String AUDIENCE_BASE = "https://api.dintero.com/v1/accounts/";
    /** What {@code auth/TokenService} puts in every token today. */
    static final List<String> SEEDED_SCOPE = List.of("admin:accounts", "read:accounts", "write:accounts");

    private ClientSeeder() {
    }

    static void ensure(DocumentStore documents, String partnerId) {
        documents.inTransaction(tx -> {
            if (tx.get(MARKER_KIND, partnerId, MARKER_ID).isPresent()) {
                return null;
            }
            List<ApiClientRepository.Registered> rows = ClientRoutes.sql(() -> ApiClientRepository.listOf(tx.connection(), partnerId));
            rows.stream().min(Comparator.comparing(ApiClientRepository.Registered::createdAt)).ifPresent(row -> {
                String clientId = row.client().clientId();
                String created = row.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
                ObjectNode client = ClientRoutes.fromRow(row);
                client.put("created_by", clientId);
                client.put("description", "The back office's own client: Accounts Desk logs in to the sandbox with it");
                client.putArray("callbacks");
                tx.put(ClientRoutes.KIND, partnerId, client.get("id").asText(), client, clientId);

                ObjectNode grant = Json.object();
                grant.put("id", UUID.nameUUIDFromBytes(("accounts-desk-sandbox/client-grant/" + clientId)
                        .getBytes(StandardCharsets.UTF_8)).toString());
                grant.put("created_at", created);
                grant.put("created_by", clientId);
                grant.put("updated_at", created);
                grant.putNull("deleted_by");
                grant.putNull("deleted_at");
                grant.put("client_id", clientId);
                grant.put("audience", AUDIENCE_BASE + partnerId);
                SEEDED_SCOPE.forEach(grant.putArray("scope")::add);
                grant.put("type", "client_credentials");
                grant.putNull("oidc");
                tx.put(ClientGrantRoutes.KIND, partnerId, grant.get("id").asText(), grant, clientId);
            });
            ObjectNode marker = Json.object().put("seeded", true);
            tx.put(MARKER_KIND, partnerId, MARKER_ID, marker);
            return null;
        });
    }
}
