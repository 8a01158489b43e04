package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.pricing.PricePackages;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Partner: sub-accounts that change state (the reads are {@link AccountRoutes}): create, update and delete an
 * account, its event log (comments), and onboarding links. Every write runs in one transaction, after the whole body
 * was checked against the seed, so a rejected request stores nothing.
 *
 * <ul>
 *   <li>Create answers 201 with the new account: a fresh id in the partner's mode ({@code T} + 8 digits under a T
 *       partner), {@code progression=applied}, not active, no connections; it is first in the list.
 *       {@code custom_price_package} creates a package of {@code type=account} for it and sets it as the account's
 *       {@code price_package}. With {@code actions: ["send_invite"]} the {@code invites} and {@code invite_users} get an
 *       invitation in the outbox ({@code GET /v1/_sandbox/outbox}).</li>
 *   <li>Update (PUT) requires {@code applicant}, {@code company} and {@code billing} as the seed does; other fields
 *       that are left out keep their value, objects merge field by field and {@code null} clears.</li>
 *   <li>Delete answers with the account as it was, marked with {@code deleted_at}/{@code deleted_by}, and removes
 *       its events, onboarding links and price-package choice with it.</li>
 *   <li>Events: the seed describes only comments ({@code event_type=comment}, {@code visibility=private}); the
 *       list is newest first with {@code limit}/{@code starting_after} (an event id) and the {@code type} filter.</li>
 *   <li>Onboarding link: the seed's example shows only {@code client_id}; Dintero's reference adds
 *       {@code partner_onboarding_url}. The sandbox also says when the link stops working ({@code expires_at},
 *       {@link #ONBOARDING_LINK_TTL} after creation) and keeps each link it hands out.</li>
 * </ul>
 */
public final class AccountWriteRoutes {

    public static final String EVENTS = "accounts.events";
    static final String ONBOARDING_LINKS = "accounts.onboarding_links";
    static final Duration ONBOARDING_LINK_TTL = Duration.ofDays(7);
    /** Activating an account needs this scope, as the seed's {@code active} says ("only allowed by client with…"). */
    static final String ADMIN_SCOPE = "admin:accounts";

    static final Shape NEW_EVENT = Shape.object()
            .field("event_type", Shape.string().oneOf("comment"), true)
            .field("body", Shape.string().minLength(1).maxLength(10_000), true)
            .field("visibility", Shape.string().oneOf("private"), true);

    private final DocumentStore documents;
    private final Outbox outbox;
    private final java.time.Clock clock;

    public AccountWriteRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.outbox = context.outbox();
        this.clock = context.clock();
    }

    public void register(RouteTable routes) {
        routes.add("POST", "/accounts/{oid}/management/accounts", this::create);
        routes.add("PUT", "/accounts/{oid}/management/accounts/{aid}", this::update);
        routes.add("DELETE", "/accounts/{oid}/management/accounts/{aid}", this::delete);
        routes.add("GET", "/accounts/{oid}/management/accounts/{aid}/events", this::events);
        routes.add("POST", "/accounts/{oid}/management/accounts/{aid}/events", this::addEvent);
        routes.add("POST", "/accounts/{oid}/management/accounts/{aid}/partner_onboarding_link", this::onboardingLink);
    }

    static TokenPrincipal principal(Request request) {
        return request.attribute(TokenPrincipal.class).orElseThrow(
                () -> new IllegalStateException("Route " + request.template() + " ran without authentication"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Response create(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        AccountShapes.NEW_ACCOUNT.check(body);
        List<FieldError> errors = new ArrayList<>();
        checkPartnerAndMode(body, partnerId, errors);
        JsonNode custom = body.get("custom_price_package");
        boolean hasCustom = custom != null && !custom.isNull();
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String by = principal(request).clientId();
        Instant now = now();
        ObjectNode account = documents.inTransaction(tx -> {
            AccountStore.requirePartner(tx, partnerId, "create sub-accounts");
            String accountId = AccountStore.newAccountId(tx, partnerId.charAt(0));
            Instant createdAt = AccountStore.creationTime(tx, partnerId, now);
            String pricePackage = null;
            if (hasCustom) {
                String id = custom.hasNonNull("price_package_id") ? custom.get("price_package_id").asText()
                        : freeCustomId(tx, partnerId, accountId);
                PricePackages.create(tx, partnerId, custom, id, "account", "custom", by, now,
                        "custom_price_package.price_package_id");
                pricePackage = id;
            }
            // Checked after the custom package was stored, so a create may name it here too; a failure now rolls
            // the package back with the account.
            if (body.hasNonNull("price_package")) {
                String wanted = body.get("price_package").asText();
                if (pricePackage == null) {
                    pricePackage = requirePackage(tx, partnerId, wanted);
                } else if (!wanted.equals(pricePackage)) {
                    throw ApiException.validation(List.of(FieldError.body("price_package", "must be left out or be "
                            + pricePackage + ", the custom_price_package's id: the custom package becomes the"
                            + " account's price package")));
                }
            }
            ObjectNode doc = AccountDocuments.newAccount(body, accountId, partnerId, by, createdAt, pricePackage);
            AccountStore.insert(tx, partnerId, doc);
            if (pricePackage != null) {
                PricePackages.setForAccount(tx, partnerId, accountId, List.of(pricePackage), by, now);
            }
            return doc;
        });
        sendInvitations(body, account);
        return Response.json(201, account);
    }

    private static String freeCustomId(DocumentStore.Tx tx, String partnerId, String accountId) {
        String id = accountId + "_CUSTOM";
        while (PricePackages.find(tx, partnerId, id).isPresent()) {
            id = accountId + "_CUSTOM_" + UUID.randomUUID().toString().substring(0, 8);
        }
        return id;
    }

    /** 400 naming {@code price_package} unless the partner has a package with that id. */
    static String requirePackage(DocumentStore.Tx tx, String partnerId, String id) {
        if (PricePackages.find(tx, partnerId, id).isEmpty()) {
            throw ApiException.validation(List.of(FieldError.body("price_package", "no price package " + id
                    + " under " + partnerId + "; list them with GET /accounts/" + partnerId
                    + "/management/price-packages or create one")));
        }
        return id;
    }

    /**
     * {@code partner_id} in a body may only name the partner in the path (the sandbox has one partner; moving an
     * account elsewhere is not emulated), and {@code livemode}, when given, must match the partner's mode: a partner's
     * sub-accounts share its letter, and a T account cannot be live nor a P account a test account.
     */
    private static void checkPartnerAndMode(JsonNode body, String partnerId, List<FieldError> errors) {
        if (body.hasNonNull("partner_id") && !AccountIds.normalizeOwner(body.get("partner_id").asText()).equals(partnerId)) {
            errors.add(FieldError.body("partner_id", "must be the partner in the path, " + partnerId.substring(0, 4)
                    + ": accounts cannot be moved to another partner in the sandbox"));
        }
        boolean live = AccountIds.isLive(partnerId);
        if (body.hasNonNull("livemode") && body.get("livemode").asBoolean() != live) {
            errors.add(FieldError.body("livemode", live
                    ? "must be true: accounts under a production (P) partner are live accounts"
                    : "must be false: accounts under a test-mode (T) partner are test accounts"));
        }
    }

    private void sendInvitations(JsonNode body, JsonNode account) {
        boolean send = false;
        for (JsonNode action : body.path("actions")) {
            send |= action.asText().equals("send_invite");
        }
        if (!send) {
            return;
        }
        Map<String, String> invitees = new LinkedHashMap<>();
        body.path("invites").forEach(e -> invitees.putIfAbsent(e.asText().toLowerCase(Locale.ROOT), ""));
        body.path("invite_users").forEach(u -> invitees.put(u.path("email").asText().toLowerCase(Locale.ROOT),
                (u.path("first_name").asText("") + " " + u.path("last_name").asText("")).trim()));
        String company = account.path("company").path("business_name").asText();
        String note = body.path("invitation_note").asText(null);
        invitees.forEach((email, name) -> outbox.send(new Outbox.Message("email", email, "account_invitation", null,
                (name.isEmpty() ? "Hello" : "Hello " + name) + ", you are invited to the Dintero account " + company
                        + " (" + account.path("account_id").asText() + ")."
                        + (note == null || note.isBlank() ? "" : " Note from the partner: " + note))));
    }

    Response update(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        JsonNode body = request.json();
        AccountShapes.ACCOUNT_UPDATE.check(body);
        List<FieldError> errors = new ArrayList<>();
        checkPartnerAndMode(body, partnerId, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        TokenPrincipal principal = principal(request);
        if (body.has("active") && !principal.scopes().contains(ADMIN_SCOPE)) {
            throw new ApiException(403, "forbidden", "Changing 'active' needs a token with the " + ADMIN_SCOPE
                    + " scope; leave 'active' out to change the other fields", List.of(), Map.of());
        }
        Instant now = now();
        ObjectNode account = documents.inTransaction(tx -> {
            ObjectNode doc = AccountStore.require(tx, partnerId, accountId);
            if (body.hasNonNull("price_package")) {
                requirePackage(tx, partnerId, body.get("price_package").asText());
            }
            AccountDocuments.applyUpdate(doc, body, now);
            AccountStore.replace(tx, partnerId, doc);
            return doc;
        });
        return Response.json(200, account);
    }

    Response delete(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        String by = principal(request).clientId();
        Instant now = now();
        ObjectNode account = documents.inTransaction(tx -> {
            ObjectNode doc = AccountStore.require(tx, partnerId, accountId);
            AccountStore.delete(tx, partnerId, accountId);
            for (String kind : List.of(EVENTS, ONBOARDING_LINKS)) {
                for (ObjectNode item : tx.list(kind, accountId, null, Integer.MAX_VALUE, d -> true)) {
                    tx.delete(kind, accountId, item.path("id").asText());
                }
            }
            tx.delete(PricePackages.ACCOUNT_KIND, partnerId, accountId);
            doc.put("deleted_at", now.toString());
            doc.put("deleted_by", by);
            return doc;
        });
        return Response.json(200, account);
    }

    Response events(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        List<FieldError> errors = new ArrayList<>();
        int limit = ListParams.limit(request.query(), errors);
        List<String> types = request.query().list("type");
        for (String type : types) {
            if (!type.equals("comment")) {
                errors.add(FieldError.query("type", "must be comment (the only event type the API lists), not " + type));
            }
        }
        Optional<String> after = ListParams.single(request.query(), "starting_after", errors);
        List<ObjectNode> page = documents.inTransaction(tx -> {
            AccountStore.require(tx, partnerId, accountId);
            if (after.isPresent() && tx.get(EVENTS, accountId, after.get()).isEmpty()) {
                errors.add(FieldError.query("starting_after", "no event " + after.get() + " on account " + accountId
                        + "; pass the id of the last event of the previous page"));
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            return tx.list(EVENTS, accountId, after.orElse(null), limit,
                    doc -> types.isEmpty() || types.contains(doc.path("event_type").asText()));
        });
        ArrayNode array = Json.MAPPER.createArrayNode();
        page.forEach(array::add);
        return Response.json(200, array);
    }

    Response addEvent(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        JsonNode body = request.json();
        NEW_EVENT.check(body);
        String by = principal(request).clientId();
        Instant now = now();
        ObjectNode event = documents.inTransaction(tx -> {
            AccountStore.require(tx, partnerId, accountId);
            ObjectNode doc = Json.object();
            doc.put("event_type", body.get("event_type").asText());
            doc.put("id", UUID.randomUUID().toString());
            doc.put("created_at", now.toString());
            doc.put("created_by", by);
            doc.put("body", body.get("body").asText());
            doc.put("visibility", body.get("visibility").asText());
            tx.put(EVENTS, accountId, doc.get("id").asText(), doc);
            return doc;
        });
        return Response.json(201, event);
    }

    Response onboardingLink(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String accountId = request.pathParam("aid");
        String by = principal(request).clientId();
        Instant now = now();
        ObjectNode link = documents.inTransaction(tx -> {
            AccountStore.require(tx, partnerId, accountId);
            String linkId = UUID.randomUUID().toString();
            ObjectNode doc = Json.object();
            doc.put("partner_onboarding_url", "https://onboarding.dintero.com/?partner=" + partnerId
                    + "&account_id=" + accountId + "&link=" + linkId);
            // The client the onboarding page acts as for this merchant: one per link.
            doc.put("client_id", UUID.randomUUID().toString());
            doc.put("expires_at", now.plus(ONBOARDING_LINK_TTL).toString());
            ObjectNode stored = doc.deepCopy();
            stored.put("id", linkId);
            stored.put("created_at", now.toString());
            stored.put("created_by", by);
            tx.put(ONBOARDING_LINKS, accountId, linkId, stored);
            return doc;
        });
        return Response.json(201, link);
    }
}
