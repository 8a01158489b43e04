package io.accountsdesk.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The redirect endpoint's answer. The seed shows an empty object; the published docs return the URL to send the
 * user to, with the ID token attached, so that is modelled and may be {@code null}.
 */
public record RedirectResponse(@JsonProperty("redirect_uri") String redirectUri) {

    /** The URL carries an ID token, which must not reach a log. */
    @Override
    public String toString() {
        return "RedirectResponse[redirectUri=<redacted>]";
    }
}
