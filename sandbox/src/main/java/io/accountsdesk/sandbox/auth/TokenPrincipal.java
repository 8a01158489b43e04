package io.accountsdesk.sandbox.auth;

import java.util.List;

/** Who a verified access token speaks for; attached to the request for handlers that need to know. */
public record TokenPrincipal(String accountId, String clientId, List<String> scopes) {

    public TokenPrincipal {
        scopes = List.copyOf(scopes);
    }
}
