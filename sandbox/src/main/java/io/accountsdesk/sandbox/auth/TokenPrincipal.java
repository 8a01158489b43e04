package io.accountsdesk.sandbox.auth;

import java.util.List;

/**
 * Who a verified access token speaks for; attached to the request for handlers that need to know.
 *
 * @param accountId the account the token acts on (an exchanged token names the sub-account)
 * @param clientId  the API client that obtained the token
 * @param scopes    what the token may do
 * @param userId    the signed-in user for tokens from a user grant (password, passwordless, MFA, OIDC, refresh of
 *                  those), {@code null} for a client's own token
 */
public record TokenPrincipal(String accountId, String clientId, List<String> scopes, String userId) {

    public TokenPrincipal {
        scopes = List.copyOf(scopes);
    }

    /** A client's own token (client credentials, or its exchange for a sub-account). */
    public TokenPrincipal(String accountId, String clientId, List<String> scopes) {
        this(accountId, clientId, scopes, null);
    }

    public boolean isUser() {
        return userId != null;
    }

    /** The token's {@code sub}: the user for a user token, else the client. */
    public String subject() {
        return userId != null ? userId : clientId;
    }
}
