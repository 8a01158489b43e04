package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.users.PasswordHasher;
import io.accountsdesk.sandbox.users.UserStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Auth & tokens: the token endpoint with every grant the seed names, revoke, exchange tokens for sub-accounts and the
 * JWKS; it also registers the MFA ({@link MfaRoutes}), passwordless ({@link PasswordlessRoutes}) and OIDC / redirect
 * ({@link OidcRoutes}) routes.
 *
 * <p>How the token endpoint authenticates, from the seed: HTTP Basic (client id and secret) for
 * {@code client_credentials}; for {@code password}, {@code authorization_code}, {@code refresh_token} and the MFA
 * grants, a Bearer token "with access to the token endpoint", i.e. the client's own token on this account (from
 * {@code client_credentials}, or an exchange token for a sub-account). The sandbox also accepts HTTP Basic for those:
 * it authenticates the same client. {@code account_user_token} takes a signed-in user's token as the Bearer.
 *
 * <p>Grants: {@code client_credentials}; {@code password} (may answer {@code 403 mfa_required}, see
 * {@link MfaRoutes}); {@code mfa-oob} (also {@code mfa_oob}, the seed spells it both ways); {@code mfa-otp}
 * (GUESSED, for authenticator apps); {@code refresh_token}; {@code authorization_code} (a passwordless code, see
 * {@link PasswordlessRoutes}); {@code account_user_token} (also {@code account_user}, the spelling of the seed's only
 * example body). User grants answer {@code {access_token, token_type, expires_in, refresh_token}}.
 */
public final class TokenRoutes {

    private static final String BASIC_CHALLENGE = "Basic realm=\"accounts-desk-sandbox\"";
    static final List<String> GRANTS = List.of("client_credentials", "password", "mfa-oob", "mfa-otp", "refresh_token",
            "authorization_code", "account_user_token");

    static final Shape PASSWORD = Shape.object()
            .field("username", Shape.string().minLength(1).maxLength(255), true)
            .field("password", Shape.string().minLength(1), true);
    static final Shape REFRESH = Shape.object()
            .field("refresh_token", Shape.string().minLength(1), true);
    static final Shape REVOKE = Shape.object()
            .field("token", Shape.string().minLength(1), true);
    static final Shape EXCHANGE = Shape.object()
            .field("account_id", Shape.string().pattern("^[PT]{1}\\d{8}$",
                    "must be an account id: P or T followed by 8 digits, like T12345678"), true);

    private final AuthServices services;
    private final TokenService tokens;
    private final ApiClientRepository clients;
    private final MfaRoutes mfa;
    private final PasswordlessRoutes passwordless;
    private final OidcRoutes oidc;

    public TokenRoutes(SandboxContext context) {
        this.services = new AuthServices(context);
        this.tokens = context.tokens();
        this.clients = context.clients();
        this.mfa = new MfaRoutes(services);
        this.passwordless = new PasswordlessRoutes(services);
        this.oidc = new OidcRoutes(services);
    }

    public void register(RouteTable routes) {
        routes.open("POST", "/accounts/{oid}/auth/token", this::token);
        routes.open("GET", "/accounts/{oid}/auth/keys", this::keys);
        routes.add("POST", "/accounts/{oid}/auth/revoke", this::revoke);
        routes.add("POST", "/accounts/{partner_id}/auth/exchange_token", this::exchange);
        mfa.register(routes);
        passwordless.register(routes);
        oidc.register(routes);
    }

    Response token(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = jsonBody(request);
        JsonNode grantType = body.get("grant_type");
        if (grantType == null || !grantType.isTextual() || grantType.asText().isBlank()) {
            throw ApiException.validation(List.of(FieldError.body("grant_type", "is required; use one of "
                    + String.join(", ", GRANTS))));
        }
        return switch (grantType.asText()) {
            case "client_credentials" -> clientCredentials(request, account, body);
            case "password" -> password(request, account, body);
            case "mfa-oob", "mfa_oob" -> mfa.oobGrant(request, account, clientForUserGrant(request, account), body);
            case "mfa-otp", "mfa_otp" -> mfa.otpGrant(request, account, clientForUserGrant(request, account), body);
            case "refresh_token" -> refresh(request, account, body);
            case "authorization_code" -> passwordless.grant(request, account, clientForUserGrant(request, account), body);
            case "account_user_token", "account_user" -> accountUser(request, account, body);
            default -> throw new ApiException(400, "unsupported_grant_type", "The sandbox has no grant_type \""
                    + grantType.asText() + "\"; use one of " + String.join(", ", GRANTS),
                    List.of(FieldError.body("grant_type", "must be one of " + String.join(", ", GRANTS))), Map.of());
        };
    }

    private Response clientCredentials(Request request, String account, JsonNode body) {
        ApiClient client = authenticateBasic(request, account, "grant_type client_credentials authenticates with HTTP Basic"
                + " (client_id:client_secret)");
        String audience = services.audience(body, account);
        TokenService.IssuedToken token = tokens.issue(services.issuer(account), client.clientId(), audience, account);
        ObjectNode response = Json.object();
        response.put("access_token", token.accessToken());
        response.put("token_type", "Bearer");
        response.put("expires_in", token.expiresIn());
        return Response.json(200, response);
    }

    private Response password(Request request, String account, JsonNode body) {
        String clientId = clientForUserGrant(request, account);
        PASSWORD.check(body);
        String audience = services.audience(body, account);
        String username = body.get("username").asText();
        Optional<ObjectNode> user = services.users.byUsername(username)
                .filter(u -> UserStore.isMember(u, account))
                .filter(u -> PasswordHasher.matches(body.get("password").asText(),
                        u.path("password_hash").asText(null)));
        if (user.isEmpty()) {
            // One answer for unknown users, users of other accounts and wrong passwords.
            throw AuthErrors.invalidGrant("Wrong username or password for account " + account, null);
        }
        if (UserStore.mfaRequired(user.get())) {
            String mfaToken = mfa.start(account, user.get().get("id").asText(), clientId, audience, MfaRoutes.LOGIN);
            List<String> channels = UserStore.oobChannels(user.get());
            String how = channels.isEmpty() ? "send grant_type mfa-otp with this mfa_token and the authenticator app's code as otp"
                    : "request a code with POST /accounts/" + account + "/auth/mfa/challenge (oob_channel "
                    + String.join(" or ", channels) + ") and send it with grant_type mfa-oob"
                    + (UserStore.factorEnabled(user.get(), "totp") ? ", or send grant_type mfa-otp with the authenticator app's code" : "");
            return AuthErrors.mfaRequired("This user signs in with a second factor: " + how, mfaToken, channels);
        }
        return Response.json(200, services.userTokens(account, clientId, user.get(), audience, request, true));
    }

    private Response refresh(Request request, String account, JsonNode body) {
        String clientId = clientForUserGrant(request, account);
        REFRESH.check(body);
        ApiException refused = AuthErrors.invalidGrant("The refresh_token is unknown, revoked, or belongs to another"
                + " account or client; sign in again", "refresh_token");
        RefreshTokens.Stored stored = services.refreshTokens.find(body.get("refresh_token").asText())
                .filter(s -> s.owner().equals(account) && !s.revoked()
                        && clientId.equals(s.document().path("client_id").asText()))
                .orElseThrow(() -> refused);
        ObjectNode doc = stored.document();
        String audience = doc.path("audience").asText(services.issuer(account));
        String userId = doc.path("user_id").isNull() ? null : doc.path("user_id").asText();
        String partnerId = doc.path("partner_id").isNull() ? null : doc.path("partner_id").asText();
        if (partnerId != null && !services.context.accounts().partnerOf(account).equals(Optional.of(partnerId))) {
            throw refused;
        }
        TokenService.Subject subject;
        if (userId == null) {
            subject = new TokenService.Subject(account, clientId, null, null, strings(doc.path("scope")));
        } else {
            // The user's access is read again, so a user removed from the account can no longer refresh.
            String home = partnerId != null ? partnerId : account;
            ObjectNode user = services.users.byId(userId).filter(u -> UserStore.isMember(u, home)).orElseThrow(() -> refused);
            List<String> scopes = partnerId != null ? strings(doc.path("scope")) : services.users.scopes(user, account);
            subject = new TokenService.Subject(account, clientId, userId, user.get("username").asText(), scopes);
        }
        ObjectNode response = services.tokenResponse(subject, audience, null);
        response.put("refresh_token", body.get("refresh_token").asText());
        return Response.json(200, response);
    }

    private Response accountUser(Request request, String account, JsonNode body) {
        TokenPrincipal principal = bearer(request).orElseThrow(() -> new ApiException(401, "unauthorized",
                "grant_type account_user_token needs 'Authorization: Bearer <a signed-in user's access token>'",
                List.of(), Map.of("WWW-Authenticate", AuthErrors.BEARER_CHALLENGE)));
        if (!principal.isUser()) {
            throw AuthErrors.forbidden("grant_type account_user_token trades a user's token; this Bearer is an API"
                    + " client's token. Sign the user in with grant_type password or authorization_code first");
        }
        String audience = services.audience(body, account);
        ObjectNode user = services.users.byId(principal.userId()).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> AuthErrors.forbidden("The signed-in user has no access to account " + account));
        return Response.json(200, services.userTokens(account, principal.clientId(), user, audience, request, true));
    }

    /** {@code POST /accounts/{oid}/auth/revoke}: RFC 7009 style, answers {@code {}} for unknown tokens too. */
    Response revoke(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        REVOKE.check(body);
        services.refreshTokens.revoke(body.get("token").asText(), account);
        return Response.json(200, Json.object());
    }

    /**
     * {@code POST /accounts/{partner_id}/auth/exchange_token}: a partner's token (the Bearer, checked to be for
     * {@code partner_id}) traded for one whose {@code account_id} is a sub-account, so every route of that account
     * accepts it. 403 when the account is not the partner's (or does not exist: the partner may not learn which ids
     * other partners use).
     */
    Response exchange(Request request) {
        String partnerId = request.pathParam("partner_id");
        JsonNode body = request.json();
        EXCHANGE.check(body);
        String accountId = body.get("account_id").asText();
        if (!services.context.accounts().partnerOf(accountId).equals(Optional.of(partnerId))) {
            throw AuthErrors.forbidden("Account " + accountId + " is not a sub-account of partner " + partnerId
                    + "; list them with GET /accounts/" + partnerId + "/management/accounts");
        }
        TokenPrincipal principal = request.attribute(TokenPrincipal.class).orElseThrow();
        String username = null;
        if (principal.isUser()) {
            username = services.users.byId(principal.userId()).map(u -> u.get("username").asText())
                    .orElseThrow(() -> AuthErrors.forbidden("The user of this token no longer exists"));
        }
        TokenService.Subject subject = new TokenService.Subject(accountId, principal.clientId(), principal.userId(),
                username, principal.scopes());
        String audience = services.issuer(accountId);
        String refreshToken = services.refreshTokens.create(subject, audience, partnerId);
        return Response.json(200, services.tokenResponse(subject, audience, refreshToken));
    }

    /**
     * The client behind a user grant: HTTP Basic, or a Bearer token that is a client's own token on this account.
     * 401 without credentials or with bad ones; 403 for a valid token that may not sign users in here.
     */
    private String clientForUserGrant(Request request, String account) {
        String header = request.header("Authorization").orElseThrow(() -> invalidClient("Authenticate the client: send"
                + " 'Authorization: Bearer <the client's access token from grant_type client_credentials>'"
                + " (or HTTP Basic client_id:client_secret)"));
        if (header.trim().regionMatches(true, 0, "basic ", 0, 6)) {
            return authenticateBasic(request, account, "").clientId();
        }
        TokenPrincipal principal = bearer(request).orElseThrow(() -> invalidClient("Use 'Authorization: Bearer"
                + " <access token>' or HTTP Basic client_id:client_secret"));
        if (principal.isUser()) {
            throw AuthErrors.forbidden("This Bearer is a user's token; signing users in needs the client's own token"
                    + " (grant_type client_credentials)");
        }
        if (!principal.accountId().equals(account)) {
            throw AuthErrors.forbidden("This access token was issued for account " + principal.accountId()
                    + " and cannot sign users in to account " + account
                    + (AccountIds.PARTNER.matcher(principal.accountId()).matches() ? "; get a token for the sub-account"
                    + " with POST /accounts/" + principal.accountId() + "/auth/exchange_token" : ""));
        }
        return principal.clientId();
    }

    /** The verified Bearer token, empty when the header is missing or another scheme; 401 when it does not verify. */
    private Optional<TokenPrincipal> bearer(Request request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = header.get().trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("bearer")) {
            return Optional.empty();
        }
        try {
            return Optional.of(tokens.verify(parts[1].trim()));
        } catch (TokenService.RejectedToken e) {
            throw new ApiException(401, "invalid_client", e.getMessage(), List.of(),
                    Map.of("WWW-Authenticate", AuthErrors.BEARER_CHALLENGE + ", error=\"invalid_token\""));
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode jsonBody(Request request) {
        if (!request.hasBody()) {
            throw ApiException.badRequest("The request body must be JSON: {\"grant_type\":\"client_credentials\",\"audience\":\"...\"}",
                    List.of(FieldError.body("grant_type", "is required; use one of " + String.join(", ", GRANTS))));
        }
        try {
            JsonNode body = Json.MAPPER.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("The request body must be a JSON object", List.of());
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not valid JSON", List.of());
        }
    }

    private ApiClient authenticateBasic(Request request, String account, String wrongScheme) {
        String header = request.header("Authorization").orElseThrow(() -> invalidClient(
                "Authenticate with HTTP Basic: client_id as user name and client_secret as password"));
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("basic")) {
            throw invalidClient(wrongScheme);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidClient("The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw invalidClient("The Basic credentials must be client_id:client_secret");
        }
        String clientId = decoded.substring(0, colon);
        byte[] secret = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        Optional<ApiClient> client = clients.find(clientId);
        // Compare in constant time, and say the same thing for unknown ids and wrong secrets.
        boolean secretMatches = client.isPresent()
                && MessageDigest.isEqual(client.get().clientSecret().getBytes(StandardCharsets.UTF_8), secret);
        if (!secretMatches || !client.get().partnerId().equals(account)) {
            throw invalidClient("Unknown client, or wrong client secret, for account " + account);
        }
        return client.get();
    }

    private static ApiException invalidClient(String message) {
        return new ApiException(401, "invalid_client", message, List.of(), Map.of("WWW-Authenticate", BASIC_CHALLENGE));
    }

    Response keys(Request request) {
        RSAKey key = tokens.publicKey();
        ArrayNode keys = Json.MAPPER.createArrayNode();
        // Field order as in the seed's example; public parts only.
        keys.addObject()
                .put("alg", "RS256")
                .put("kty", "RSA")
                .put("use", "sig")
                .put("n", key.getModulus().toString())
                .put("e", key.getPublicExponent().toString())
                .put("kid", key.getKeyID());
        return Response.json(200, keys);
    }
}
