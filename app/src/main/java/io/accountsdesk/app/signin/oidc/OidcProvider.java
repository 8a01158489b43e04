package io.accountsdesk.app.signin.oidc;

import java.net.URI;
import java.util.Objects;

/**
 * The identity provider a person signs in with: its authorization endpoint and the OIDC client id the app uses
 * there. Neither is secret, so both are remembered in the preferences between runs.
 */
public record OidcProvider(URI authorizationEndpoint, String clientId) {

    /** The sandbox's stand-in provider page, below the sandbox's base URL. */
    public static final String SANDBOX_AUTHORIZE_PATH = "/_sandbox/oidc/authorize";

    public OidcProvider {
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(clientId, "clientId");
    }

    /** The sandbox plays the provider: its page, and the sandbox's own API client as the OIDC client. */
    public static OidcProvider sandbox(String baseUrl, String clientId) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new OidcProvider(URI.create(base + SANDBOX_AUTHORIZE_PATH), clientId);
    }
}
