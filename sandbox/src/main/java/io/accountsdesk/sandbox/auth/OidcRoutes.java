package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.users.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in through an external OpenID Connect provider, and redirects with an ID token.
 *
 * <p>{@code POST /accounts/{oid}/auth/oidc/token} trades an authorization code from the user's external login for a
 * Dintero access token. The sandbox cannot run an identity provider, so it offers a stand-in for the provider's half:
 * {@value #SANDBOX_CODES_PATH} (below {@code /v1}; sandbox-only, not Dintero's API, open without a token like the
 * outbox) mints the code an external login would have produced:
 * <pre>
 * POST /v1/_sandbox/oidc/codes
 * {"account_id": "T12300000", "username": "trainee@nordvik.example", "client_id": "...", "redirect_uri": "https://app.example/cb"}
 * → 201 {"code": "...", "expires_in": 600, "account_id": "T12300000", "user_id": "..."}
 * </pre>
 * ({@code user_id} may name the user instead of {@code username}; {@code redirect_uri} is optional, and when given the
 * token call must repeat it.) Codes live {@value #CODE_MINUTES} minutes and work once. {@link OidcAuthorizePage}
 * mints them the way a browser login does, for the loopback flow of a desktop app.
 *
 * <p>{@code POST /accounts/{oid}/auth/redirect} (Bearer) answers {@code {redirect_uri}}: the given URL with
 * {@code id_token=<JWT>} added to its query. The seed's example response is an empty object; Dintero's docs show
 * {@code redirect_uri}. Custom claims are prefixed {@code ext_}; {@code name} and {@code email} are added when asked
 * for and the token is a user's.
 */
final class OidcRoutes {

    static final String SANDBOX_CODES_PATH = "/_sandbox/oidc/codes";
    static final String KIND = "auth.oidc_codes";
    static final int CODE_MINUTES = 10;
    static final int ID_TOKEN_MINUTES = 5;
    static final int MAX_CUSTOM_CLAIMS = 5;

    static final Shape MINT = Shape.object()
            .field("account_id", Shape.string().pattern(AccountIds.OWNER.pattern(),
                    "must be an account id like T12345678, or a partner's short id like T123"), true)
            .field("username", Shape.string().minLength(1).maxLength(255))
            .field("user_id", Shape.string().minLength(1).maxLength(255))
            .oneOf("username", "user_id")
            .field("client_id", Shape.string().minLength(1), true)
            .field("redirect_uri", Shape.string().pattern("^https?://.*", "must be an http(s) URL"));
    static final Shape TOKEN = Shape.object()
            .field("grant_type", Shape.string().oneOf("authorization_code"), true)
            .field("code", Shape.string().minLength(1), true)
            .field("client_id", Shape.string().minLength(1), true)
            .field("redirect_uri", Shape.string())
            // Required by the seed's table; its example lost the line (note the trailing comma there).
            .field("audience", Shape.string().minLength(1), true);
    static final Shape REDIRECT = Shape.object()
            .field("redirect_uri", Shape.string().pattern("^https?://.*", "must be an http(s) URL"), true)
            .field("custom_claims", Shape.map(Shape.string()))
            .field("claims", Shape.array(Shape.string().oneOf("name", "email")));

    private final AuthServices services;
    private final DocumentStore documents;

    OidcRoutes(AuthServices services) {
        this.services = services;
        this.documents = services.context.documents();
    }

    void register(RouteTable routes) {
        routes.open("POST", SANDBOX_CODES_PATH, this::mint);
        // Open: the seed lists no credential for it (the code from the external login is the proof).
        routes.open("POST", "/accounts/{oid}/auth/oidc/token", this::token);
        routes.add("POST", "/accounts/{oid}/auth/redirect", this::redirect);
        new OidcAuthorizePage(services, this).register(routes);
    }

    Response mint(Request request) {
        JsonNode body = request.json();
        MINT.check(body);
        String account = AccountIds.normalizeOwner(body.get("account_id").asText());
        services.client(body.get("client_id").asText(), account, "client_id");
        Optional<ObjectNode> user = body.hasNonNull("username") ? services.users.byUsername(body.get("username").asText())
                : services.users.byId(body.get("user_id").asText());
        String field = body.hasNonNull("username") ? "username" : "user_id";
        if (user.isEmpty() || !UserStore.isMember(user.get(), account)) {
            throw ApiException.validation(List.of(FieldError.body(field, "names no user of account " + account)));
        }
        String code = mintCode(account, user.get().get("id").asText(), body.get("client_id").asText(),
                body.path("redirect_uri").asText(null), null);
        ObjectNode answer = Json.object();
        answer.put("code", code);
        answer.put("expires_in", Duration.ofMinutes(CODE_MINUTES).toSeconds());
        answer.put("account_id", account);
        answer.put("user_id", user.get().get("id").asText());
        return Response.json(201, answer);
    }

    /**
     * Stores a one-time code for {@code userId} and returns it (only its hash is kept).
     *
     * @param redirectUri   when not null, the token call must repeat it
     * @param codeChallenge the PKCE challenge of an authorize page's login, or null; kept with the code for the
     *                      record, but never checked: the seed's token body has no {@code code_verifier}
     */
    String mintCode(String account, String userId, String clientId, String redirectUri, String codeChallenge) {
        String code = Secrets.token();
        String hash = Secrets.sha256(code);
        long now = services.context.clock().millis();
        ObjectNode doc = Json.object();
        doc.put("user_id", userId);
        doc.put("client_id", clientId);
        doc.put("redirect_uri", redirectUri);
        doc.put("code_challenge", codeChallenge);
        doc.put("expires_at", now + Duration.ofMinutes(CODE_MINUTES).toMillis());
        doc.put("used", false);
        documents.put(KIND, account, hash, doc, hash);
        return code;
    }

    Response token(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        TOKEN.check(body);
        String audience = services.audience(body, account);
        String clientId = body.get("client_id").asText();
        services.client(clientId, account, "client_id");
        String hash = Secrets.sha256(body.get("code").asText());
        long now = services.context.clock().millis();
        String redirectUri = body.path("redirect_uri").asText(null);
        Optional<String> userId = services.users.write(tx -> {
            Optional<ObjectNode> found = tx.get(KIND, account, hash).filter(d -> !d.path("used").asBoolean()
                    && d.path("expires_at").asLong() > now && clientId.equals(d.path("client_id").asText())
                    && (d.path("redirect_uri").isNull() || d.path("redirect_uri").asText().equals(redirectUri)));
            found.ifPresent(d -> tx.put(KIND, account, hash, d.put("used", true)));
            return found.map(d -> d.path("user_id").asText());
        });
        ObjectNode user = userId.flatMap(services.users::byId).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> AuthErrors.invalidGrant("The code is unknown, used, expired, or was issued for"
                        + " another client_id or redirect_uri; mint a new one with POST /v1" + SANDBOX_CODES_PATH, "code"));
        ObjectNode answer = services.userTokens(account, clientId, user, audience, request, false);
        ObjectNode userInfo = answer.putObject("user_info");
        ObjectNode value = userInfo.putObject("value");
        value.put("sub", user.get("id").asText());
        value.set("name", user.path("name").isMissingNode() ? Json.MAPPER.nullNode() : user.get("name"));
        UserStore.email(user).ifPresent(email -> value.put("email", email));
        userInfo.put("authority", services.baseUrl + SANDBOX_CODES_PATH);
        return Response.json(200, answer);
    }

    Response redirect(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        REDIRECT.check(body);
        JsonNode custom = body.path("custom_claims");
        if (custom.isObject() && custom.size() > MAX_CUSTOM_CLAIMS) {
            throw ApiException.validation(List.of(FieldError.body("custom_claims",
                    "must have at most " + MAX_CUSTOM_CLAIMS + " properties")));
        }
        TokenPrincipal principal = request.attribute(TokenPrincipal.class).orElseThrow();
        Instant now = services.context.clock().instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(services.issuer(account))
                .subject(principal.subject())
                .audience(principal.clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(ID_TOKEN_MINUTES))))
                .jwtID(UUID.randomUUID().toString());
        List<String> asked = new ArrayList<>();
        body.path("claims").forEach(c -> asked.add(c.asText()));
        Optional<ObjectNode> user = principal.isUser() ? services.users.byId(principal.userId()) : Optional.empty();
        if (user.isPresent()) {
            if (asked.contains("name") && user.get().hasNonNull("name")) {
                claims.claim("name", user.get().get("name").asText());
            }
            if (asked.contains("email")) {
                UserStore.email(user.get()).ifPresent(email -> claims.claim("email", email));
            }
        }
        custom.fields().forEachRemaining(e -> claims.claim("ext_" + e.getKey(), e.getValue().asText()));
        String uri = body.get("redirect_uri").asText();
        int hashAt = uri.indexOf('#');
        String fragment = hashAt < 0 ? "" : uri.substring(hashAt);
        String base = hashAt < 0 ? uri : uri.substring(0, hashAt);
        String target = base + (base.contains("?") ? "&" : "?") + "id_token=" + services.tokens.sign(claims.build())
                + fragment;
        return Response.json(200, Json.object().put("redirect_uri", target));
    }
}
