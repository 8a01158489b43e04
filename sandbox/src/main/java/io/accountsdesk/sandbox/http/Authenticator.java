package io.accountsdesk.sandbox.http;

/**
 * Checks the caller of a protected route. The server applies it to every route not marked public, so a new route
 * is protected unless someone decides otherwise. Returns the request enriched with whatever the check learned.
 *
 * @throws ApiException 401 when the caller is not authenticated, 403 when it may not act on the path's account
 */
@FunctionalInterface
public interface Authenticator {
    Request authenticate(Request request);
}
