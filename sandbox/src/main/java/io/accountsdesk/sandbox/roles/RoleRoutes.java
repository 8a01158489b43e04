package io.accountsdesk.sandbox.roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.auth.ApiClient;
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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Roles that can be assigned to users ({@code /accounts/{oid}/auth/roles}, seed lines 495-610): a named set of
 * scopes. Kept as {@code roles} documents, newest first. Get and delete take their path from the 2021 SDK
 * (ENDPOINTS.md: inferred); the seed states no success status, so all answer 200.
 *
 * <p>Deleting is soft: the list's {@code include_deleted} (seed line 500) only makes sense if deleted roles are kept, so
 * a deleted role keeps its document with {@code deleted_at}/{@code deleted_by} set. It leaves the default list, and
 * get, update and delete answer 404 for it, as for an id that never existed.
 *
 * <p>The seed gives no length limits for {@code name} or {@code description} and no pattern for scopes, so none are
 * enforced; {@code scope} is required on create and update, each item a non-empty string ("items non-empty").
 * PUT replaces the role: a name or description left out is cleared.
 */
public final class RoleRoutes {

    /** Document kind; the users routes may read roles by {@link #find}. */
    public static final String KIND = "roles";
    static final String PATH = "/accounts/{oid}/auth/roles";
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    /** Seed lines 522 and 566 (create and update take the same body). */
    static final Shape ROLE = Shape.object()
            .field("scope", Shape.array(Shape.string().minLength(1)), true)
            .field("name", Shape.string())
            .field("description", Shape.string());

    private final DocumentStore documents;
    private final Clock clock;

    public RoleRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.clock = context.clock();
        String creator = context.clients().firstOf(context.partnerId()).map(ApiClient::clientId).orElse(null);
        RoleSeeder.ensure(documents, context.partnerId(), creator);
    }

    public void register(RouteTable routes) {
        routes.add("GET", PATH, this::list);
        routes.add("POST", PATH, this::create);
        routes.add("GET", PATH + "/{role_id}", this::get);
        routes.add("PUT", PATH + "/{role_id}", this::update);
        routes.add("DELETE", PATH + "/{role_id}", this::delete);
    }

    /** A live (not deleted) role of {@code owner}; for the users routes, which expand and check roles. */
    public static Optional<ObjectNode> find(DocumentStore documents, String owner, String roleId) {
        return documents.inTransaction(tx -> find(tx, owner, roleId));
    }

    /** The same inside a transaction; {@code owner} is the account's full id. */
    public static Optional<ObjectNode> find(DocumentStore.Tx tx, String owner, String roleId) {
        if (roleId == null || roleId.isEmpty() || roleId.length() > 200) {
            return Optional.empty();
        }
        return tx.get(KIND, owner, roleId).filter(role -> !isDeleted(role));
    }

    /** One page, newest first; {@code starting_after} is the id of the last role of the previous page. */
    Response list(Request request) {
        String owner = owner(request);
        List<FieldError> errors = new ArrayList<>();
        String search = single(request, "search", errors);
        String name = single(request, "name", errors);
        boolean includeDeleted = false;
        String rawDeleted = single(request, "include_deleted", errors);
        if (rawDeleted != null) {
            if (rawDeleted.equals("true") || rawDeleted.equals("false")) {
                includeDeleted = rawDeleted.equals("true");
            } else {
                errors.add(FieldError.query("include_deleted", "must be true or false"));
            }
        }
        int limit = DEFAULT_LIMIT;
        String rawLimit = single(request, "limit", errors);
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                errors.add(FieldError.query("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        String startingAfter = single(request, "starting_after", errors);
        if (startingAfter != null && errors.isEmpty() && documents.get(KIND, owner, startingAfter).isEmpty()) {
            errors.add(FieldError.query("starting_after", "no role " + startingAfter + " under " + owner
                    + "; pass the id of the last role of the previous page"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Predicate<ObjectNode> keep = matches(search, name, includeDeleted);
        List<ObjectNode> page = documents.list(KIND, owner, startingAfter, limit, keep);
        ArrayNode array = Json.MAPPER.createArrayNode();
        page.forEach(array::add);
        return Response.json(200, array);
    }

    /**
     * {@code search} looks in id, name and description, case-insensitively, for a part of the text; {@code name} is
     * the whole name, case-insensitively. The seed says only "lookup roles matching" / "lookup roles by name".
     */
    private static Predicate<ObjectNode> matches(String search, String name, boolean includeDeleted) {
        String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
        return role -> (includeDeleted || !isDeleted(role))
                && (name == null || name.equalsIgnoreCase(role.path("name").asText(null)))
                && (needle == null || contains(role, "id", needle) || contains(role, "name", needle)
                    || contains(role, "description", needle));
    }

    private static boolean contains(ObjectNode role, String field, String needle) {
        JsonNode value = role.get(field);
        return value != null && value.isTextual() && value.asText().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String single(Request request, String name, List<FieldError> errors) {
        List<String> values = request.query().all(name);
        if (values.size() > 1) {
            errors.add(FieldError.query(name, "give at most one value"));
            return null;
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    Response create(Request request) {
        JsonNode body = request.json();
        ROLE.check(body);
        String owner = owner(request);
        String now = now();
        ObjectNode role = Json.object();
        role.put("id", UUID.randomUUID().toString());
        role.put("created_at", now);
        role.put("created_by", actor(request));
        role.put("updated_at", now);
        role.putNull("deleted_by");
        role.putNull("deleted_at");
        apply(role, body);
        documents.put(KIND, owner, role.get("id").asText(), role);
        return Response.json(200, role);
    }

    Response get(Request request) {
        String owner = owner(request);
        String id = request.pathParam("role_id");
        return Response.json(200, find(documents, owner, id).orElseThrow(() -> notFound(owner, id)));
    }

    Response update(Request request) {
        JsonNode body = request.json();
        ROLE.check(body);
        String owner = owner(request);
        String id = request.pathParam("role_id");
        ObjectNode role = documents.inTransaction(tx -> {
            ObjectNode found = tx.get(KIND, owner, id).filter(r -> !isDeleted(r)).orElseThrow(() -> notFound(owner, id));
            found.put("updated_at", now());
            apply(found, body);
            tx.put(KIND, owner, id, found);
            return found;
        });
        return Response.json(200, role);
    }

    /** Soft delete (see the class comment); the answer is the role marked deleted. */
    Response delete(Request request) {
        String owner = owner(request);
        String id = request.pathParam("role_id");
        String actor = actor(request);
        ObjectNode role = documents.inTransaction(tx -> {
            ObjectNode found = tx.get(KIND, owner, id).filter(r -> !isDeleted(r)).orElseThrow(() -> notFound(owner, id));
            String now = now();
            found.put("updated_at", now);
            found.put("deleted_by", actor);
            found.put("deleted_at", now);
            tx.put(KIND, owner, id, found);
            return found;
        });
        return Response.json(200, role);
    }

    /** name, description and scope from a checked body, in the seed example's key order. */
    private static void apply(ObjectNode role, JsonNode body) {
        role.remove(List.of("name", "description", "scope"));
        role.set("name", body.path("name").isTextual() ? body.get("name") : Json.MAPPER.nullNode());
        role.set("description", body.path("description").isTextual() ? body.get("description") : Json.MAPPER.nullNode());
        role.set("scope", body.get("scope"));
    }

    static boolean isDeleted(ObjectNode role) {
        JsonNode deletedAt = role.get("deleted_at");
        return deletedAt != null && !deletedAt.isNull();
    }

    private static ApiException notFound(String owner, String id) {
        return ApiException.notFound("No role " + id + " under account " + owner
                + "; list them with GET /accounts/" + owner + "/auth/roles and use an item's id");
    }

    private static String actor(Request request) {
        return request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String owner(Request request) {
        return AccountIds.normalizeOwner(request.pathParam("oid"));
    }
}
