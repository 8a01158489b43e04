package io.accountsdesk.sandbox.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountRepository;
import io.accountsdesk.sandbox.accounts.AccountStore;
import io.accountsdesk.sandbox.accounts.ListParams;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Price packages (seed lines 6080-6265 and 11037): the partner's catalogue, which packages a sub-account may use,
 * and the package an account has.
 *
 * <ul>
 *   <li>{@code GET /accounts/{oid}/management/price-packages}: newest first, wrapped as
 *       {@code {starting_after, price_packages}}; filters {@code type} ({@code default}/{@code account}, repeatable)
 *       and {@code price_package_id}; {@code limit} 1-100 (default 10). {@code starting_after} takes a package's
 *       {@code price_package_id} or its {@code id}; the answer's {@code starting_after} is the cursor for the next
 *       page, and {@code null} on the last page (the seed does not say; an echo of the request's cursor would make a
 *       client fetch the same page forever).</li>
 *   <li>{@code POST} the same path (GUESSED in ENDPOINTS.md #39): a catalogue package, {@code type=default},
 *       {@code creation_state=pristine}; 201 {@code {price_package}}; 409 when the {@code price_package_id} is taken.</li>
 *   <li>{@code PUT /accounts/{oid}/management/accounts/{aid}/price-packages}: sets which packages the account may
 *       use. Every id must be in the partner's catalogue (400 naming {@code price_packages[i].price_package_id}). When
 *       the account's current {@code price_package} is not among them, the first listed becomes its package: this is
 *       how a partner assigns a package.</li>
 *   <li>{@code GET /accounts/{aid}/management/price-package} (singular): the package named by the account's
 *       {@code price_package}, wrapped as {@code {price_package}}; 404 when the account has none. It takes the
 *       account's own token (or a partner's exchange token for it).</li>
 * </ul>
 * The catalogue is seeded on first start ({@link PricePackages#seed}).
 */
public final class PricingRoutes {

    private final DocumentStore documents;
    private final AccountRepository accounts;
    private final Clock clock;

    public PricingRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.accounts = context.accounts();
        this.clock = context.clock();
        Instant partnerCreated = documents.inTransaction(tx -> AccountStore.partner(tx, context.partnerId())
                .map(AccountStore.Partner::createdAt).orElse(Instant.EPOCH));
        PricePackages.seed(documents, context.partnerId(), partnerCreated);
    }

    public void register(RouteTable routes) {
        routes.add("GET", "/accounts/{oid}/management/price-packages", this::list);
        routes.add("POST", "/accounts/{oid}/management/price-packages", this::create);
        routes.add("PUT", "/accounts/{oid}/management/accounts/{aid}/price-packages", this::setForAccount);
        routes.add("GET", "/accounts/{aid}/management/price-package", this::ofAccount);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Response list(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        List<FieldError> errors = new ArrayList<>();
        int limit = ListParams.limit(request.query(), errors);
        LinkedHashSet<String> types = new LinkedHashSet<>(request.query().list("type"));
        for (String type : types) {
            if (!type.equals("default") && !type.equals("account")) {
                errors.add(FieldError.query("type", "must be default or account, not " + type));
            }
        }
        Optional<String> id = ListParams.single(request.query(), "price_package_id", errors);
        Optional<String> after = ListParams.single(request.query(), "starting_after", errors);
        ObjectNode answer = documents.inTransaction(tx -> {
            String cursor = null;
            if (after.isPresent()) {
                cursor = cursorKey(tx, partnerId, after.get());
                if (cursor == null) {
                    errors.add(FieldError.query("starting_after", "no price package " + after.get() + " under "
                            + partnerId + "; pass the starting_after of the previous answer"));
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            List<ObjectNode> found = tx.list(PricePackages.KIND, partnerId, cursor, limit + 1,
                    doc -> (types.isEmpty() || types.contains(doc.path("type").asText()))
                            && (id.isEmpty() || id.get().equals(doc.path("price_package_id").asText())));
            ObjectNode body = Json.object();
            boolean more = found.size() > limit;
            List<ObjectNode> page = more ? found.subList(0, limit) : found;
            if (more) {
                body.put("starting_after", page.get(page.size() - 1).path("price_package_id").asText());
            } else {
                body.putNull("starting_after");
            }
            ArrayNode items = body.putArray("price_packages");
            page.forEach(items::add);
            return body;
        });
        return Response.json(200, answer);
    }

    /** The store key of the package a cursor names, by {@code price_package_id} or by {@code id}. */
    private static String cursorKey(DocumentStore.Tx tx, String partnerId, String cursor) {
        if (PricePackages.find(tx, partnerId, cursor).isPresent()) {
            return cursor;
        }
        return tx.byLookup(PricePackages.KIND, cursor)
                .filter(found -> found.owner().equals(partnerId))
                .map(DocumentStore.Found::id)
                .orElse(null);
    }

    Response create(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        PricePackages.NEW_PACKAGE.check(body);
        String by = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
        Instant now = now();
        ObjectNode created = documents.inTransaction(tx -> {
            AccountStore.requirePartner(tx, partnerId, "have price packages");
            return PricePackages.create(tx, partnerId, body, body.get("price_package_id").asText(), "default",
                    "pristine", by, now, "price_package_id");
        });
        ObjectNode answer = Json.object();
        answer.set("price_package", created);
        return Response.json(201, answer);
    }

    Response setForAccount(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        JsonNode body = request.json();
        PricePackages.ACCOUNT_PACKAGES.check(body);
        String by = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
        Instant now = now();
        ObjectNode answer = documents.inTransaction(tx -> {
            ObjectNode account = AccountStore.require(tx, partnerId, accountId);
            List<String> ids = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            JsonNode items = body.get("price_packages");
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).get("price_package_id").asText();
                if (PricePackages.find(tx, partnerId, id).isEmpty()) {
                    errors.add(FieldError.body("price_packages[" + i + "].price_package_id", "no price package " + id
                            + " under " + partnerId + "; list them with GET /accounts/" + partnerId
                            + "/management/price-packages"));
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            if (!ids.isEmpty() && !ids.contains(account.path("price_package").asText(""))) {
                account.put("price_package", ids.get(0));
                account.put("updated_at", now.toString());
                AccountStore.replace(tx, partnerId, account);
            }
            return PricePackages.setForAccount(tx, partnerId, accountId, ids, by, now);
        });
        return Response.json(200, answer);
    }

    Response ofAccount(Request request) {
        String accountId = request.pathParam("aid");
        ObjectNode pricePackage = documents.inTransaction(tx -> {
            String partnerId = accounts.partnerOf(accountId).orElseThrow(() -> ApiException.notFound(
                    accountId + " has no price package: only a partner's sub-accounts have one"));
            ObjectNode account = AccountStore.require(tx, partnerId, accountId);
            String id = account.path("price_package").asText(null);
            if (id == null) {
                throw ApiException.notFound("Account " + accountId + " has no price package yet; its partner sets one"
                        + " with PUT /accounts/" + partnerId + "/management/accounts/" + accountId + "/price-packages");
            }
            return PricePackages.find(tx, partnerId, id).orElseThrow(() -> ApiException.notFound(
                    "Account " + accountId + " names price package " + id + ", which its partner no longer has"));
        });
        ObjectNode answer = Json.object();
        answer.set("price_package", pricePackage);
        return Response.json(200, answer);
    }
}
