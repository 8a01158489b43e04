package io.accountsdesk.sandbox.connections;

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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Connections (endpoints.tsv rows 42-78, and rows 104-117 which repeat the same method + path under a second tag and
 * are served by the same routes): an account signs up for a payment provider, reads where the signup stands, and
 * the provider completes it through a callback. Plus row 33 ({@link PartnerConnectionEventRoutes}) and the
 * sandbox's own control routes ({@link SandboxConnectionRoutes}), registered from here so {@code Sandbox} needs one
 * line.
 *
 * <p>Every route acts on the account in the path, whose token the bearer check already matched against {@code aid};
 * an account that does not exist is 404. Status codes: the seed shows none; signups, reads and callbacks answer 200
 * (callbacks and overrides with the seed's empty {@code {}}).
 *
 * <p>GUESSED paths (ENDPOINTS.md) are served exactly as listed: Bambora {@code payfac} and {@code direct}, Apple Pay,
 * Visa tokens, {@code common/link} and the four {@code overrides} routes. Literal segments win over
 * {@code {callback_reference}}, so a callback reference of {@code payfac}, {@code direct} or {@code overrides} reaches
 * the literal route, as it would on any router that prefers literals.
 */
public final class ConnectionRoutes {

    static final String BASE = "/accounts/{aid}/management/settings/connections";
    /** The only payment product type the seed allows in PayEx paths. */
    static final String PAYEX_PRODUCT = "payex.creditcard";
    /** Overrides are kept beside the account, not in it: they hold credentials and the seed's account shows none. */
    static final String OVERRIDES_KIND = "connections.overrides";

    private final AccountConnections store;

    public ConnectionRoutes(SandboxContext context) {
        this.store = new AccountConnections(context.documents(), context.accounts(), context.clock());
    }

    public void register(RouteTable routes) {
        // Bambora
        routes.add("POST", BASE + "/bambora/payfac", r -> signup(r, SignupKind.BAMBORA_PAYFAC));
        routes.add("POST", BASE + "/bambora/direct", r -> signup(r, SignupKind.BAMBORA_DIRECT));
        routes.add("GET", BASE + "/bambora", r -> get(r, Provider.BAMBORA));
        routes.add("POST", BASE + "/bambora", r -> signup(r, SignupKind.BAMBORA));
        routes.add("POST", BASE + "/bambora/{callback_reference}", r -> callback(r, Provider.BAMBORA));
        // Collector
        routes.add("POST", BASE + "/collector", r -> signup(r, SignupKind.COLLECTOR));
        routes.add("GET", BASE + "/collector", r -> get(r, Provider.COLLECTOR));
        routes.add("POST", BASE + "/collector/{callback_reference}", r -> callback(r, Provider.COLLECTOR));
        // Common
        routes.add("POST", BASE + "/common", r -> signup(r, SignupKind.COMMON));
        routes.add("GET", BASE + "/common", r -> get(r, Provider.COMMON));
        routes.add("GET", BASE + "/common/link", this::commonLink);
        // Instabank
        routes.add("POST", BASE + "/instabank", r -> signup(r, SignupKind.INSTABANK));
        routes.add("GET", BASE + "/instabank", r -> get(r, Provider.INSTABANK));
        routes.add("POST", BASE + "/instabank/{callback_reference}", r -> callback(r, Provider.INSTABANK));
        // Klarna
        routes.add("POST", BASE + "/klarna", r -> signup(r, SignupKind.KLARNA));
        routes.add("GET", BASE + "/klarna", r -> get(r, Provider.KLARNA));
        // Vipps PSP
        routes.add("POST", BASE + "/vipps-psp", r -> signup(r, SignupKind.VIPPS_PSP));
        routes.add("GET", BASE + "/vipps-psp", r -> get(r, Provider.VIPPS_PSP));
        // Apple Pay
        routes.add("POST", BASE + "/applepay", r -> signup(r, SignupKind.APPLEPAY));
        routes.add("GET", BASE + "/applepay", r -> get(r, Provider.APPLEPAY));
        // PayEx
        routes.add("POST", BASE + "/payex/{payment_product_type}", r -> signup(r, SignupKind.PAYEX));
        routes.add("GET", BASE + "/payex/{payment_product_type}", r -> get(r, Provider.PAYEX));
        routes.add("POST", BASE + "/payex/{payment_product_type}/{callback_reference}", r -> callback(r, Provider.PAYEX));
        routes.add("POST", BASE + "/payex/overrides", r -> overrides(r, Provider.PAYEX, ConnectionBodies.PAYEX_OVERRIDES));
        // Santander
        routes.add("POST", BASE + "/santander/overrides",
                r -> overrides(r, Provider.SANTANDER, ConnectionBodies.SANTANDER_OVERRIDES));
        // Swish
        routes.add("POST", BASE + "/swish", r -> signup(r, SignupKind.SWISH));
        routes.add("GET", BASE + "/swish", r -> get(r, Provider.SWISH));
        routes.add("POST", BASE + "/swish/{callback_reference}", r -> callback(r, Provider.SWISH));
        routes.add("POST", BASE + "/swish/overrides", r -> overrides(r, Provider.SWISH, ConnectionBodies.SWISH_OVERRIDES));
        // Vipps
        routes.add("POST", BASE + "/vipps", r -> signup(r, SignupKind.VIPPS));
        routes.add("PUT", BASE + "/vipps", this::restartVipps);
        routes.add("GET", BASE + "/vipps", r -> get(r, Provider.VIPPS));
        routes.add("POST", BASE + "/vipps/{callback_reference}", r -> callback(r, Provider.VIPPS));
        routes.add("POST", BASE + "/vipps/overrides", r -> overrides(r, Provider.VIPPS, ConnectionBodies.VIPPS_OVERRIDES));
        // Visa tokens
        routes.add("POST", BASE + "/visa-tokens", r -> signup(r, SignupKind.VISA_TOKENS));
        routes.add("GET", BASE + "/visa-tokens", r -> get(r, Provider.VISA_TOKENS));

        new PartnerConnectionEventRoutes(store).register(routes);
        new SandboxConnectionRoutes(store).register(routes);
    }

    // ---------------------------------------------------------------------------------------------------- signups

    Response signup(Request request, SignupKind kind) {
        String aid = request.pathParam("aid");
        List<FieldError> errors = new ArrayList<>();
        checkPayExProduct(request, kind.provider, errors);
        boolean force = kind.takesForce && forceNewSignup(request, errors);
        JsonNode body = null;
        if (kind.body != null) {
            body = request.json();
            errors.addAll(kind.body.validate(body));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        JsonNode submitted = body == null ? null : body.get("signup");
        String by = actor(request);
        String again = kind.takesForce ? "or pass force_new_signup=true to sign up again"
                : kind == SignupKind.VIPPS ? "or restart it with PUT " + BASE.replace("{aid}", aid) + "/vipps" : null;
        ObjectNode view = store.update(aid, (account, tx, now) -> {
            if (kind.requiresOrganizationNumber) {
                requireOrganizationNumber(account, kind.provider);
            }
            ObjectNode existing = AccountConnections.connection(account, kind.provider).orElse(null);
            ConnectionStateMachine.checkSignup(kind.provider, existing, force, again);
            ObjectNode connection = ConnectionStateMachine.startSignup(kind.provider, existing, by, now,
                    "signup_submitted", kind.provider.display + " application submitted", kind.eventMetadata(submitted));
            kind.store(connection, submitted, now);
            AccountConnections.put(account, kind.provider, connection);
            return view(kind.provider, connection);
        });
        return Response.json(200, view);
    }

    /**
     * PUT …/vipps: "Reinitialize Vipps signup if connection is not enabled." A new signup link replaces the old one
     * (an expired link is the usual reason); with no connection yet it starts one, as POST would.
     */
    Response restartVipps(Request request) {
        String aid = request.pathParam("aid");
        String by = actor(request);
        ObjectNode view = store.update(aid, (account, tx, now) -> {
            requireOrganizationNumber(account, Provider.VIPPS);
            ObjectNode existing = AccountConnections.connection(account, Provider.VIPPS).orElse(null);
            if (ConnectionStateMachine.ENABLED.equals(ConnectionStateMachine.status(existing))) {
                throw ConnectionStateMachine.conflict("The Vipps connection of this account is already enabled; only a"
                        + " connection that is not enabled can be signed up again.");
            }
            ObjectNode connection = ConnectionStateMachine.startSignup(Provider.VIPPS, existing, by, now,
                    existing == null ? "signup_submitted" : "signup_restarted",
                    existing == null ? "Vipps application submitted" : "Vipps signup restarted", null);
            SignupKind.VIPPS.store(connection, null, now);
            AccountConnections.put(account, Provider.VIPPS, connection);
            return view(Provider.VIPPS, connection);
        });
        return Response.json(200, view);
    }

    private static void requireOrganizationNumber(ObjectNode account, Provider provider) {
        if (account.path("company").path("organization_number").asText("").isBlank()) {
            throw ApiException.badRequest("The " + provider.display + " signup requires the account's company to have"
                    + " an organization_number; set company.organization_number with PUT /accounts/"
                    + account.path("account_id").asText() + "/management/settings first.", List.of());
        }
    }

    /** {@code force_new_signup}: a boolean query parameter. */
    private static boolean forceNewSignup(Request request, List<FieldError> errors) {
        List<String> values = request.query().all("force_new_signup");
        if (values.isEmpty()) {
            return false;
        }
        String value = values.get(values.size() - 1).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(FieldError.query("force_new_signup", "must be true or false"));
            return false;
        }
        return value.equals("true");
    }

    private static void checkPayExProduct(Request request, Provider provider, List<FieldError> errors) {
        if (provider == Provider.PAYEX && !PAYEX_PRODUCT.equals(request.pathParam("payment_product_type"))) {
            errors.add(FieldError.path("payment_product_type", "must be " + PAYEX_PRODUCT
                    + " (the only PayEx payment product type)"));
        }
    }

    private static String actor(Request request) {
        return request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse("sandbox");
    }

    // ------------------------------------------------------------------------------------------------------ reads

    Response get(Request request, Provider provider) {
        List<FieldError> errors = new ArrayList<>();
        checkPayExProduct(request, provider, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        ObjectNode account = store.read(request.pathParam("aid"));
        return Response.json(200, view(provider, AccountConnections.existing(account, provider)));
    }

    /**
     * GET …/common/link (GUESSED, "used by the Dintero Onboarding Team"): {@code {ref}} naming the account's common
     * signup. The seed does not say what the reference is; the sandbox gives a stable opaque id of the signup.
     */
    Response commonLink(Request request) {
        ObjectNode account = store.read(request.pathParam("aid"));
        ObjectNode connection = AccountConnections.existing(account, Provider.COMMON);
        String created = connection.path("signup").path("created_at").asText(connection.path("created_at").asText());
        ObjectNode body = Json.object();
        body.put("ref", SandboxConfigurations.uuid(account.path("account_id").asText() + ":common:" + created).toString());
        return Response.json(200, body);
    }

    /**
     * The connection as the settings routes answer it: every top-level key of the seed's example for that provider,
     * in the seed's order. A key the connection does not have yet is {@code null} ({@code configuration} before it is
     * enabled, {@code signup}) or {@code []} (a list of signups); the stored document, which the account routes
     * serve, keeps only what exists.
     */
    static ObjectNode view(Provider provider, ObjectNode connection) {
        ObjectNode view = Json.object();
        List<String> keys = new ArrayList<>(Provider.COMMON_KEYS);
        keys.addAll(provider.seedKeys);
        for (String key : keys) {
            JsonNode value = connection.get(key);
            if (value != null) {
                view.set(key, value.deepCopy());
            } else if (key.endsWith("signups") || key.equals("events")) {
                view.putArray(key);
            } else if (key.equals("metadata")) {
                view.putObject(key);
            } else {
                view.putNull(key);
            }
        }
        connection.fields().forEachRemaining(e -> {
            if (!view.has(e.getKey())) {
                view.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return view;
    }

    // -------------------------------------------------------------------------------------------------- callbacks

    /**
     * "Handle callback from X signup. Completes the X signup, enables X for Checkout." The configuration is what the
     * provider sent (secrets such as passwords, tokens and certificates are accepted but, as in the seed's
     * configuration examples, not shown), completed with sandbox values for keys it left out. The callback reference
     * is recorded in the event's metadata; the sandbox accepts any.
     */
    Response callback(Request request, Provider provider) {
        String aid = request.pathParam("aid");
        String reference = request.pathParam("callback_reference");
        List<FieldError> errors = new ArrayList<>();
        checkPayExProduct(request, provider, errors);
        JsonNode body = request.json();
        Shape shape = switch (provider) {
            case BAMBORA -> ConnectionBodies.BAMBORA_CALLBACK;
            case COLLECTOR -> ConnectionBodies.COLLECTOR_CALLBACK;
            case INSTABANK -> ConnectionBodies.INSTABANK_CALLBACK;
            case PAYEX -> ConnectionBodies.PAYEX_CALLBACK;
            case SWISH -> ConnectionBodies.SWISH_CALLBACK;
            case VIPPS -> ConnectionBodies.VIPPS_CALLBACK;
            default -> throw new IllegalArgumentException(provider.name());
        };
        errors.addAll(shape.validate(body));
        if (provider == Provider.SWISH && errors.isEmpty()) {
            errors.addAll(swishCertificateErrors(body));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String by = provider.key;
        store.update(aid, (account, tx, now) -> {
            ObjectNode connection = AccountConnections.existing(account, provider);
            if (provider == Provider.VIPPS) {
                checkVippsSignup(connection, body, now);
            }
            ObjectNode configuration = configurationFrom(provider, account, connection, body);
            ObjectNode metadata = Json.object().put("callback_reference", reference);
            ConnectionStateMachine.complete(provider, connection, configuration, by, now, metadata);
            SandboxConfigurations.newestSignup(connection)
                    .ifPresent(s -> s.put("callback_at", ConnectionStateMachine.ts(now)));
            return null;
        });
        return Response.json(200, Json.object());
    }

    /** The Vipps callback names the signup it completes; it must be the current one, and still valid. */
    private static void checkVippsSignup(ObjectNode connection, JsonNode body, Instant now) {
        JsonNode signup = connection.path("signup");
        String signupId = body.path("signup-id").asText(null);
        if (signupId != null && signup.hasNonNull("id") && !signupId.equals(signup.get("id").asText())) {
            throw ApiException.validation(List.of(FieldError.body("signup-id",
                    "does not match the account's Vipps signup " + signup.get("id").asText())));
        }
        String expires = signup.path("expires_at").asText(null);
        if (expires != null && ConnectionStateMachine.PENDING.equals(ConnectionStateMachine.status(connection))
                && Instant.parse(expires).isBefore(now)) {
            throw ConnectionStateMachine.conflict("The Vipps signup link expired at " + expires + "; restart the"
                    + " signup with PUT …/settings/connections/vipps and complete the new one.");
        }
    }

    /** Swish: "If PEM, key and ca are required"; all three are base64. */
    private static List<FieldError> swishCertificateErrors(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        String pem = null;
        for (String field : List.of("cert", "key", "ca")) {
            JsonNode value = body.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                byte[] decoded = Base64.getMimeDecoder().decode(value.asText());
                if (field.equals("cert")) {
                    pem = new String(decoded, StandardCharsets.US_ASCII);
                }
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.body(field, "must be base64"));
            }
        }
        if (pem != null && pem.stripLeading().startsWith("-----BEGIN")) {
            for (String field : List.of("key", "ca")) {
                if (!body.hasNonNull(field)) {
                    errors.add(FieldError.body(field, "is required when cert is a PEM certificate"));
                }
            }
        }
        return errors;
    }

    /** The provider's configuration: sandbox values, overlaid with what the callback body says. */
    private static ObjectNode configurationFrom(Provider provider, ObjectNode account, ObjectNode connection,
                                                JsonNode body) {
        ObjectNode c = SandboxConfigurations.generate(provider, account, connection);
        if (body.path("payment_options").isArray()) {
            c.set("payment_options", SandboxConfigurations.withCurrencies(body.get("payment_options"), account));
        }
        switch (provider) {
            // Seed doubt: the callback's access_token is a string, the configuration example shows the number 0.
            // The sandbox keeps what the provider sent.
            case BAMBORA -> copy(body, c, "merchant_number", "md5_key", "access_token", "secret_token", "token_scope");
            case COLLECTOR -> copy(body, c, "username", "store_id", "country", "stores");
            case INSTABANK -> copy(body, c, "organization_number");
            case PAYEX -> copy(body, c, "payee_id", "subsite");
            case SWISH -> copy(body, c, "swish_number");
            case VIPPS -> {
                rename(body, "merchant-name", c, "merchant_name");
                rename(body, "createdTime", c, "created_time");
                rename(body, "merchantSerialNumber", c, "merchant_serial_number");
                rename(body, "client_Id", c, "client_id");
                if (body.path("subscriptionKeys").isArray()) {
                    ArrayNode keys = c.putArray("subscription_keys");
                    for (JsonNode key : body.get("subscriptionKeys")) {
                        ObjectNode k = keys.addObject();
                        rename(key, "product", k, "product");
                        rename(key, "ocp-apim-subscription-key", k, "ocp_apim_subscription_key");
                    }
                }
            }
            default -> throw new IllegalArgumentException(provider.name());
        }
        if (provider == Provider.INSTABANK) {
            // The product codes follow the enabled options.
            ObjectNode codes = c.putObject("payment_product_codes");
            for (JsonNode option : c.path("payment_options")) {
                String type = option.path("type").asText();
                codes.put(type, type.equals("instabank.finance") ? "630" : "632");
            }
        }
        return c;
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String field : fields) {
            if (from.hasNonNull(field)) {
                to.set(field, from.get(field).deepCopy());
            }
        }
    }

    private static void rename(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field)) {
            to.set(as, from.get(field).deepCopy());
        }
    }

    // -------------------------------------------------------------------------------------------------- overrides

    /**
     * "Add X overrides for pre-existing connection" (all four GUESSED paths): per-store credentials. They are merged
     * by {@code store_id} into documents beside the account ({@code connections.overrides}), never into the account
     * JSON, because they are credentials. PayEx, Swish and Vipps need the connection to exist (404 otherwise).
     * Santander has no signup in this API, so its "pre-existing connection" cannot be checked and is assumed.
     */
    /**
     * The stored override's key. The seed sets no length for {@code store_id}, but the store's keys hold 200
     * characters: a longer id is keyed by its SHA-256, so it is accepted as the contract says (it used to fail the
     * insert with a 500) and the same id still lands on the same document.
     */
    static String overrideKey(Provider provider, String storeId) {
        String key = provider.key + ":" + storeId;
        if (key.length() <= 200) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(storeId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return provider.key + ":sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    Response overrides(Request request, Provider provider, Shape shape) {
        String aid = request.pathParam("aid");
        JsonNode body = request.json();
        shape.check(body);
        store.inspect(aid, (account, tx, now) -> {
            if (provider != Provider.SANTANDER) {
                AccountConnections.existing(account, provider);
            }
            for (JsonNode override : body.get("overrides")) {
                ObjectNode stored = ((ObjectNode) override).deepCopy();
                stored.put("provider", provider.key);
                stored.put("updated_at", ConnectionStateMachine.ts(now));
                tx.put(OVERRIDES_KIND, aid, overrideKey(provider, override.get("store_id").asText()), stored);
            }
            return null;
        });
        return Response.json(200, Json.object());
    }
}
