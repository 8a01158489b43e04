package io.accountsdesk.sandbox.http;

/** One operation of the API. Throws {@link ApiException} for anything that is the caller's fault. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
