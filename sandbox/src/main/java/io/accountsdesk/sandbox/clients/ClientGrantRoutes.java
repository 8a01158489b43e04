package io.accountsdesk.sandbox.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Client grants ({@code /accounts/{oid}/auth/client-grants}, seed lines 418-494): which scopes a client may request
 * for an audience, and with which grant type. Kept as {@code clients.grants} documents; deleting a client deletes its
 * grants with it (see {@link ClientRoutes#delete}).
 *
 * <p>Seed doubts, noted here because the code has to pick one reading:
 * <ul>
 *   <li>The create example (line 453) leaves out {@code audience} although the field table marks it required; the
 *       table wins. The response examples leave it out too; it is served anyway, since it is half of what a grant is
 *       and the list filters by it.</li>
 *   <li>{@code oidc}'s description is cut off at "The grant type must be set to"; the changelog ties OIDC to the
 *       authorization-code flow, yet the seed's own example pairs {@code oidc} with type {@code any}. So types
 *       {@code any} and {@code authorization_code} may carry {@code oidc}; the other two may not.</li>
 *   <li>The list's {@code audience} and {@code client_id} are documented as "string &lt;= 1": read as "at most one
 *       value", so a repeated parameter is refused. Both filter by exact match.</li>
 *   <li>The seed says nothing about duplicates, so two grants for the same client and audience may coexist.</li>
 * </ul>
 * The grant's {@code client_id} must name an existing client of the account: a grant for nobody cannot be used.
 */
public final class ClientGrantRoutes {

    static final String KIND = "clients.grants";
    static final String PATH = "/accounts/{oid}/auth/client-grants";
    static final List<String> TYPES = List.of("any", "authorization_code", "client_credentials", "password");

    /** Seed line 445. */
    static final Shape NEW_GRANT = Shape.object()
            .field("client_id", Shape.string().minLength(1), true)
            .field("audience", Shape.string().minLength(1), true)
            .field("scope", Shape.array(Shape.string().minLength(1)), true)
            .field("type", Shape.string().oneOf(TYPES.toArray(String[]::new)))
            .field("oidc", Shape.object()
                    .field("client_id", Shape.string())
                    .field("client_secret", Shape.string()));

    private final DocumentStore documents;
    private final Clock clock;

    ClientGrantRoutes(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    void register(RouteTable routes) {
        routes.add("GET", PATH, this::list);
        routes.add("POST", PATH, this::create);
        routes.add("DELETE", PATH + "/{id}", this::delete);
    }

    /** Every grant, newest first, optionally only those for one audience and/or one client. No paging in the seed. */
    Response list(Request request) {
        String owner = ClientRoutes.owner(request);
        List<FieldError> errors = new ArrayList<>();
        String audience = single(request, "audience", errors);
        String clientId = single(request, "client_id", errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        List<ObjectNode> found = documents.list(KIND, owner, null, Integer.MAX_VALUE,
                g -> (audience == null || audience.equals(g.path("audience").asText()))
                        && (clientId == null || clientId.equals(g.path("client_id").asText())));
        ArrayNode array = Json.MAPPER.createArrayNode();
        found.forEach(array::add);
        return Response.json(200, array);
    }

    private static String single(Request request, String name, List<FieldError> errors) {
        List<String> values = request.query().all(name);
        if (values.size() > 1) {
            errors.add(FieldError.query(name, "give at most one value; the list filters by one " + name + " at a time"));
            return null;
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    Response create(Request request) {
        JsonNode body = request.json();
        NEW_GRANT.check(body);
        String type = body.hasNonNull("type") ? body.get("type").asText() : "any";
        if (body.hasNonNull("oidc") && !(type.equals("any") || type.equals("authorization_code"))) {
            throw ApiException.validation(List.of(FieldError.body("type", "must be authorization_code (or any) for a"
                    + " grant with oidc; OpenID Connect sign-in uses the authorization-code flow")));
        }
        String owner = ClientRoutes.owner(request);
        String clientId = body.get("client_id").asText();
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        ObjectNode grant = Json.object();
        grant.put("id", UUID.randomUUID().toString());
        grant.put("created_at", now);
        grant.put("created_by", request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null));
        grant.put("updated_at", now);
        grant.putNull("deleted_by");
        grant.putNull("deleted_at");
        grant.put("client_id", clientId);
        grant.put("audience", body.get("audience").asText());
        grant.set("scope", body.get("scope"));
        grant.put("type", type);
        grant.set("oidc", body.hasNonNull("oidc") ? body.get("oidc") : Json.MAPPER.nullNode());
        documents.inTransaction(tx -> {
            boolean known = ClientRoutes.clientsOf(tx, owner).stream()
                    .anyMatch(c -> clientId.equals(c.path("client_id").asText()));
            if (!known) {
                throw ApiException.validation(List.of(FieldError.body("client_id", "is not a client of account "
                        + owner + "; use the client_id of an item of GET /accounts/" + owner + "/auth/clients")));
            }
            tx.put(KIND, owner, grant.get("id").asText(), grant, clientId);
            return null;
        });
        return Response.json(200, grant);
    }

    /** Deletes the grant; the answer is the grant as it was, marked deleted. */
    Response delete(Request request) {
        String owner = ClientRoutes.owner(request);
        String id = request.pathParam("id");
        String deletedBy = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
        ObjectNode grant = documents.inTransaction(tx -> {
            ObjectNode found = tx.get(KIND, owner, id).orElseThrow(() -> ApiException.notFound("No client grant " + id
                    + " under account " + owner + "; list them with GET /accounts/" + owner + "/auth/client-grants"));
            tx.delete(KIND, owner, id);
            String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
            found.put("updated_at", now);
            found.put("deleted_by", deletedBy);
            found.put("deleted_at", now);
            return found;
        });
        return Response.json(200, grant);
    }
}
