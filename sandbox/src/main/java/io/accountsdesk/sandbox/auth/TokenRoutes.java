package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Auth & tokens: the client-credentials grant and the JWKS that verifies its tokens. Both need no token. */
public final class TokenRoutes {

    private static final String BASIC_CHALLENGE = "Basic realm=\"accounts-desk-sandbox\"";

    private final TokenService tokens;
    private final ApiClientRepository clients;
    private final URI baseUrl;

    public TokenRoutes(TokenService tokens, ApiClientRepository clients, URI baseUrl) {
        this.tokens = tokens;
        this.clients = clients;
        this.baseUrl = baseUrl;
    }

    public void register(RouteTable routes) {
        routes.open("POST", "/accounts/{oid}/auth/token", this::token);
        routes.open("GET", "/accounts/{oid}/auth/keys", this::keys);
    }

    Response token(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = jsonBody(request);
        JsonNode grantType = body.get("grant_type");
        if (grantType == null || !grantType.isTextual() || grantType.asText().isBlank()) {
            throw ApiException.validation(List.of(FieldError.body("grant_type", "is required; use \"client_credentials\"")));
        }
        if (!grantType.asText().equals("client_credentials")) {
            throw new ApiException(400, "unsupported_grant_type", "The sandbox issues tokens for grant_type"
                    + " \"client_credentials\" only, not \"" + grantType.asText() + "\"",
                    List.of(FieldError.body("grant_type", "must be \"client_credentials\"")), Map.of());
        }
        ApiClient client = authenticateClient(request, account);
        String audience = audience(body, account);
        TokenService.IssuedToken token = tokens.issue(baseUrl + "/accounts/" + account, client.clientId(), audience, account);
        ObjectNode response = Json.object();
        response.put("access_token", token.accessToken());
        response.put("token_type", "Bearer");
        response.put("expires_in", token.expiresIn());
        return Response.json(200, response);
    }

    private static JsonNode jsonBody(Request request) {
        if (!request.hasBody()) {
            throw ApiException.badRequest("The request body must be JSON: {\"grant_type\":\"client_credentials\",\"audience\":\"...\"}",
                    List.of(FieldError.body("grant_type", "is required; use \"client_credentials\"")));
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

    private ApiClient authenticateClient(Request request, String account) {
        String header = request.header("Authorization").orElseThrow(() -> invalidClient(
                "Authenticate with HTTP Basic: client_id as user name and client_secret as password"));
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("basic")) {
            throw invalidClient("grant_type client_credentials authenticates with HTTP Basic (client_id:client_secret)");
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

    /**
     * The audience names the API and account the token is for. Only the path is checked: the app may reach the
     * sandbox as localhost, 127.0.0.1 or through a proxy, and each would be a different host.
     */
    private String audience(JsonNode body, String account) {
        JsonNode node = body.get("audience");
        if (node == null || node.isNull()) {
            return baseUrl + "/accounts/" + account;
        }
        String expected = "must be a URL ending in /accounts/" + account + ", e.g. " + baseUrl + "/accounts/" + account;
        if (!node.isTextual()) {
            throw ApiException.validation(List.of(FieldError.body("audience", expected)));
        }
        try {
            URI uri = new URI(node.asText());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            int slash = path.lastIndexOf('/');
            boolean ok = uri.getScheme() != null && slash > 0 && path.substring(0, slash).endsWith("/accounts");
            String owner = ok ? path.substring(slash + 1) : "";
            if (!ok || !AccountIds.OWNER.matcher(owner).matches() || !AccountIds.normalizeOwner(owner).equals(account)) {
                throw ApiException.validation(List.of(FieldError.body("audience", expected)));
            }
            return node.asText();
        } catch (URISyntaxException e) {
            throw ApiException.validation(List.of(FieldError.body("audience", expected)));
        }
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
