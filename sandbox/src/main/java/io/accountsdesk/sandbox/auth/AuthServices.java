package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.users.UserStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * What the auth routes share: the token service, the user store, refresh tokens, and how a signed-in user's tokens
 * are issued (one place, so every user grant answers the same way and leaves the same trace).
 */
final class AuthServices {

    final SandboxContext context;
    final TokenService tokens;
    final UserStore users;
    final RefreshTokens refreshTokens;
    final URI baseUrl;

    AuthServices(SandboxContext context) {
        this.context = context;
        this.tokens = context.tokens();
        this.users = new UserStore(context.documents(), context.clock());
        this.refreshTokens = new RefreshTokens(context.documents(), context.clock());
        this.baseUrl = context.baseUrl();
    }

    String issuer(String account) {
        return baseUrl + "/accounts/" + account;
    }

    /**
     * The audience a token is for: the account's URL by default. Only the path is checked: the app may reach the
     * sandbox as localhost, 127.0.0.1 or through a proxy, and each would be a different host.
     */
    String audience(JsonNode body, String account) {
        JsonNode node = body.get("audience");
        if (node == null || node.isNull()) {
            return issuer(account);
        }
        String expected = "must be a URL ending in /accounts/" + account + ", e.g. " + issuer(account);
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

    /** A {@code client_id} in a body must name an API client of the account. */
    ApiClient client(String clientId, String account, String field) {
        Optional<ApiClient> client = context.clients().find(clientId).filter(c -> c.partnerId().equals(account));
        return client.orElseThrow(() -> ApiException.validation(List.of(FieldError.body(field,
                "is not an API client of account " + account + "; use the client id the sandbox printed at start"))));
    }

    /**
     * Signs {@code user} in on {@code account} for {@code clientId}: an access token naming the user ({@code sub}) and
     * the account, a stored refresh token, the membership's {@code last_seen_at}, and an {@code auth.token} activity.
     */
    ObjectNode userTokens(String account, String clientId, ObjectNode user, String audience, Request request,
                          boolean withRefreshToken) {
        String userId = user.get("id").asText();
        String now = users.now();
        List<String> scopes = users.write(tx -> {
            ObjectNode fresh = UserStore.byId(tx, userId).orElse(user);
            if (UserStore.isMember(fresh, account)) {
                UserStore.membership(fresh, account).put("last_seen_at", now);
                UserStore.save(tx, fresh);
            }
            UserStore.recordActivity(tx, userId, account, "auth.token", userId, request.header("User-Agent").orElse(null), now);
            return UserStore.scopes(tx, fresh, account);
        });
        TokenService.Subject subject = new TokenService.Subject(account, clientId, userId,
                user.get("username").asText(), scopes);
        return tokenResponse(subject, audience, withRefreshToken ? refreshTokens.create(subject, audience, null) : null);
    }

    /** {@code {access_token, token_type, expires_in, refresh_token}} as the seed's token response. */
    ObjectNode tokenResponse(TokenService.Subject subject, String audience, String refreshToken) {
        TokenService.IssuedToken token = tokens.issue(issuer(subject.accountId()), audience, subject);
        ObjectNode response = Json.object();
        response.put("access_token", token.accessToken());
        response.put("token_type", "Bearer");
        response.put("expires_in", token.expiresIn());
        if (refreshToken != null) {
            response.put("refresh_token", refreshToken);
        }
        return response;
    }
}
