package io.accountsdesk.client.http;

/** Supplies bearer tokens to the transport and learns when one was refused. */
public interface TokenSource {

    /** A token that is valid now, fetching or renewing one when needed. */
    String accessToken();

    /** The server refused this token; the next {@link #accessToken()} must not return it. */
    void invalidate(String token);
}
