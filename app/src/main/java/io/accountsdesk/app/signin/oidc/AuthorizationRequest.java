package io.accountsdesk.app.signin.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where the browser is sent to sign in: the identity provider's authorization endpoint with an authorization code
 * request (OpenID Connect, PKCE, a random state and the loopback redirect URI of this sign-in).
 *
 * @param accountId the partner, passed as {@code account_id}: the sandbox's stand-in uses it, real providers ignore it
 */
public record AuthorizationRequest(URI endpoint, String clientId, URI redirectUri, String state, Pkce pkce,
                                   String accountId) {

    public AuthorizationRequest {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pkce, "pkce");
    }

    /** The URL to open in the browser. */
    public URI toUri() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri.toString());
        query.put("scope", "openid profile email");
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", Pkce.METHOD);
        if (accountId != null) {
            query.put("account_id", accountId);
        }
        String encoded = query.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String base = endpoint.toString();
        return URI.create(base + (endpoint.getRawQuery() == null ? "?" : "&") + encoded);
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[endpoint=" + endpoint + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", state=<redacted>, pkce=" + pkce + "]";
    }
}
