package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.auth.ApiClient;
import io.accountsdesk.sandbox.auth.ApiClientRepository;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Clients &amp; grants: the API clients of an account ({@code /accounts/{oid}/auth/clients}, seed lines 322-417), and
 * through {@link ClientGrantRoutes} what each client may request. Only create has a docs page; list, get, delete and
 * rotate-secret take their method and path from the 2021 SDK (ENDPOINTS.md: inferred), and no operation states its
 * success status, so all answer 200.
 *
 * <p>A client lives in two places, written together in one transaction: its secret in the {@code api_clients} table,
 * which the client-credentials grant ({@code auth/TokenRoutes}) checks, and the fields the API shows (description,
 * callbacks, created_by…) as a {@code clients} document. The table is the source of truth for which clients exist,
 * so a client registered there by other code (the seeded one) is listed even before it has a document.
 *
 * <p>The secret is shown once: in the answer to create and to rotate-secret. It is never part of the document, so
 * get, list and delete cannot leak it.
 *
 * <p>Sandbox limits the seed does not state: a client id is at most 64 characters and a name at most 200 (the
 * table's columns), a client id cannot hold ':' or white space (it is the user name of HTTP Basic auth), and only a
 * partner account can own clients (the table's foreign key names {@code partners}).
 */
public final class ClientRoutes {

    static final String KIND = "clients";
    static final String PATH = "/accounts/{oid}/auth/clients";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Seed line 340: no field is required. */
    static final Shape NEW_CLIENT = Shape.object()
            .field("name", Shape.string().maxLength(200))
            .field("description", Shape.string())
            .field("client_id", Shape.string().minLength(1).maxLength(64).pattern("^[^:\\s]+$",
                    "must not contain ':' or white space: it is the user name of HTTP Basic auth"))
            .field("callbacks", Shape.array(Shape.string()));

    private final DocumentStore documents;
    private final Clock clock;
    private final String partnerId;
    /** The sandbox's own client (its credentials); see {@link #delete}. */
    private final String seededClientId;
    private final ClientGrantRoutes grants;

    public ClientRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.clock = context.clock();
        this.partnerId = context.partnerId();
        this.seededClientId = context.clients().firstOf(partnerId).map(ApiClient::clientId).orElse(null);
        this.grants = new ClientGrantRoutes(documents, clock);
        ClientSeeder.ensure(documents, partnerId);
    }

    /** Registers the client routes and the client-grant routes (one group in endpoints.tsv). */
    public void register(RouteTable routes) {
        routes.add("GET", PATH, this::list);
        routes.add("POST", PATH, this::create);
        routes.add("GET", PATH + "/{id}", this::get);
        routes.add("DELETE", PATH + "/{id}", this::delete);
        routes.add("POST", PATH + "/{id}/rotate-secret", this::rotateSecret);
        grants.register(routes);
    }

    /** Every client, newest first. The seed offers no filters and no paging here. */
    Response list(Request request) {
        String owner = owner(request);
        List<ObjectNode> clients = documents.inTransaction(tx -> clientsOf(tx, owner));
        ArrayNode array = Json.MAPPER.createArrayNode();
        clients.forEach(array::add);
        return Response.json(200, array);
    }

    Response get(Request request) {
        String owner = owner(request);
        String id = request.pathParam("id");
        return Response.json(200, documents.inTransaction(tx -> find(tx, owner, id)));
    }

    Response create(Request request) {
        JsonNode body = request.json();
        NEW_CLIENT.check(body);
        String owner = owner(request);
        String createdBy = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
        String clientId = body.hasNonNull("client_id") ? body.get("client_id").asText() : UUID.randomUUID().toString();
        String secret = newSecret();
        String now = now();
        ObjectNode client = Json.object();
        client.put("id", UUID.randomUUID().toString());
        client.put("created_at", now);
        client.put("created_by", createdBy);
        client.put("updated_at", now);
        client.putNull("deleted_by");
        client.putNull("deleted_at");
        client.set("name", body.path("name").isTextual() ? body.get("name") : Json.MAPPER.nullNode());
        client.set("description", body.path("description").isTextual() ? body.get("description") : Json.MAPPER.nullNode());
        client.put("client_id", clientId);
        client.set("callbacks", body.path("callbacks").isArray() ? body.get("callbacks") : Json.MAPPER.createArrayNode());
        documents.inTransaction(tx -> {
            // The document goes first and the table row second: a taken client id fails on the row's primary key,
            // and the rollback then takes the document with it.
            tx.put(KIND, owner, client.get("id").asText(), client, clientId);
            sql(() -> {
                if (!ApiClientRepository.canOwnClients(tx.connection(), owner)) {
                    throw ApiException.badRequest("The sandbox keeps API clients for partner accounts only; create the"
                            + " client under the partner, e.g. /accounts/" + partnerId + "/auth/clients",
                            List.of(FieldError.path("oid", "must be a partner account in the sandbox, like " + partnerId)));
                }
                try {
                    ApiClientRepository.insert(tx.connection(), new ApiClient(clientId, secret, owner,
                            client.path("name").asText("")), Instant.parse(now));
                } catch (SQLIntegrityConstraintViolationException e) {
                    throw new ApiException(409, "conflict", "There is already an API client with client_id " + clientId
                            + "; choose another client_id, or leave it out to get a generated one",
                            List.of(FieldError.body("client_id", "is taken")), Map.of());
                }
                return null;
            });
            return null;
        });
        return Response.json(200, client.deepCopy().put("client_secret", secret));
    }

    /**
     * Deletes the client, its row (its secret stops working at once: the token route answers 401) and its grants,
     * "all its related assets" as the seed says. The answer is the client as it was, marked deleted.
     *
     * <p>Sandbox rule, not the live API's: the sandbox's own client (the credentials it prints and hands to the app)
     * cannot be deleted, because a restart reuses it and would otherwise find no client to log in with.
     */
    Response delete(Request request) {
        String owner = owner(request);
        String id = request.pathParam("id");
        String deletedBy = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
        ObjectNode deleted = documents.inTransaction(tx -> {
            ObjectNode client = find(tx, owner, id);
            String clientId = client.get("client_id").asText();
            if (clientId.equals(seededClientId)) {
                throw new ApiException(409, "conflict", "Client " + clientId + " is the sandbox's own client: the"
                        + " sandbox logs in with it and needs it after a restart. Create another client to try"
                        + " deleting, or start the sandbox with --reset to start over", List.of(), Map.of());
            }
            sql(() -> ApiClientRepository.delete(tx.connection(), clientId));
            tx.delete(KIND, owner, id);
            for (ObjectNode grant : tx.list(ClientGrantRoutes.KIND, owner, null, Integer.MAX_VALUE,
                    g -> clientId.equals(g.path("client_id").asText()))) {
                tx.delete(ClientGrantRoutes.KIND, owner, grant.get("id").asText());
            }
            String now = now();
            client.put("updated_at", now);
            client.put("deleted_by", deletedBy);
            client.put("deleted_at", now);
            return client;
        });
        return Response.json(200, deleted);
    }

    /** A new secret, shown in this answer only; the old one is refused from the next token request on. */
    Response rotateSecret(Request request) {
        String owner = owner(request);
        String id = request.pathParam("id");
        String secret = newSecret();
        ObjectNode client = documents.inTransaction(tx -> {
            ObjectNode found = find(tx, owner, id);
            found.put("updated_at", now());
            sql(() -> ApiClientRepository.updateSecret(tx.connection(), found.get("client_id").asText(), secret));
            tx.put(KIND, owner, id, found, found.get("client_id").asText());
            return found;
        });
        return Response.json(200, client.deepCopy().put("client_secret", secret));
    }

    /** The clients of {@code owner} as the API shows them, newest first. */
    static List<ObjectNode> clientsOf(DocumentStore.Tx tx, String owner) {
        Map<String, ObjectNode> byClientId = new HashMap<>();
        for (ObjectNode doc : tx.list(KIND, owner, null, Integer.MAX_VALUE, d -> true)) {
            byClientId.put(doc.path("client_id").asText(), doc);
        }
        return sql(() -> ApiClientRepository.listOf(tx.connection(), owner)).stream()
                .map(row -> Optional.ofNullable(byClientId.get(row.client().clientId())).orElseGet(() -> fromRow(row)))
                .toList();
    }

    /** The client with this id, or 404. */
    static ObjectNode find(DocumentStore.Tx tx, String owner, String id) {
        return clientsOf(tx, owner).stream()
                .filter(c -> id.equals(c.path("id").asText()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("No API client " + id + " under account " + owner
                        + "; list them with GET /accounts/" + owner + "/auth/clients and use an item's id"));
    }

    /** A client that exists only as a table row; its id is derived from the client id, so it stays the same. */
    static ObjectNode fromRow(ApiClientRepository.Registered row) {
        String created = row.createdAt().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode client = Json.object();
        client.put("id", documentId(row.client().clientId()));
        client.put("created_at", created);
        client.putNull("created_by");
        client.put("updated_at", created);
        client.putNull("deleted_by");
        client.putNull("deleted_at");
        client.put("name", row.client().name());
        client.putNull("description");
        client.put("client_id", row.client().clientId());
        client.putArray("callbacks");
        return client;
    }

    static String documentId(String clientId) {
        return UUID.nameUUIDFromBytes(("accounts-desk-sandbox/client/" + clientId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** 32 random bytes, Base64 without padding: 43 characters, like the seed's example secret. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String owner(Request request) {
        return AccountIds.normalizeOwner(request.pathParam("oid"));
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
        }
    }
}
