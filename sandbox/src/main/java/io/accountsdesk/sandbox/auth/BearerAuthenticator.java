package io.accountsdesk.sandbox.auth;

import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.Authenticator;
import io.accountsdesk.sandbox.http.Request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Guards every protected route: a valid token (401 otherwise) issued for the account in the path (403 otherwise).
 * A token's account is its {@code account_id} claim: the partner's own for its client-credentials token, the
 * sub-account for an exchange token, the account a user signed in to for a user token. Routes without an account in
 * the path ({@code /account/user}) take any valid token and decide themselves (the profile needs a user's).
 * The owner in the path may be a partner's short form, so both sides are compared in full form.
 */
public final class BearerAuthenticator implements Authenticator {

    private static final String CHALLENGE = "Bearer realm=\"accounts-desk-sandbox\"";

    private final TokenService tokens;

    public BearerAuthenticator(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Request authenticate(Request request) {
        String header = request.header("Authorization")
                .orElseThrow(() -> unauthorized("Missing Authorization header: send 'Authorization: Bearer <access_token>'"
                        + " with a token from POST /accounts/{oid}/auth/token", null));
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isBlank()) {
            throw unauthorized("The Authorization header must use the Bearer scheme: 'Authorization: Bearer <access_token>'", null);
        }
        TokenPrincipal principal;
        try {
            principal = tokens.verify(parts[1].trim());
        } catch (TokenService.RejectedToken e) {
            throw unauthorized(e.getMessage(), "invalid_token");
        }
        Optional<String> owner = request.optionalPathParam("oid").or(() -> request.optionalPathParam("aid"))
                .or(() -> request.optionalPathParam("partner_id"));
        if (owner.isPresent()) {
            String account = AccountIds.normalizeOwner(owner.get());
            if (!account.equals(principal.accountId())) {
                // A partner reaches its sub-accounts with an exchange token, whose account_id is the sub-account.
                String hint = AccountIds.PARTNER.matcher(principal.accountId()).matches() && !AccountIds.PARTNER.matcher(account).matches()
                        ? "; a partner acts on its sub-account with a token from POST /accounts/" + principal.accountId()
                        + "/auth/exchange_token" : "";
                throw new ApiException(403, "forbidden", "This access token was issued for account " + principal.accountId()
                        + " and cannot act on account " + account + hint, List.of(), Map.of());
            }
        }
        return request.with(TokenPrincipal.class, principal);
    }

    private static ApiException unauthorized(String message, String error) {
        String challenge = error == null ? CHALLENGE : CHALLENGE + ", error=\"" + error + "\"";
        return new ApiException(401, "unauthorized", message, List.of(), Map.of("WWW-Authenticate", challenge));
    }
}
