package io.accountsdesk.sandbox.http;

/** One row of the route table. {@code open} routes skip the authenticator (token issuing, JWKS). */
public record Route(String method, PathTemplate template, boolean open, Handler handler) {
}
