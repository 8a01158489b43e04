package io.accountsdesk.app.signin.oidc;

import java.net.URI;

/**
 * Opens a URL in the person's own browser, where their identity provider's session and password manager live (RFC
 * 8252: a native app must not show the provider's page in a web view of its own). Tests pass one that plays the
 * person.
 */
@FunctionalInterface
public interface SystemBrowser {

    /**
     * Opens {@code uri}, returning once the browser was asked to.
     *
     * @throws BrowserUnavailable when no browser can be opened from here; the app then shows the URL to copy
     */
    void open(URI uri) throws BrowserUnavailable;

    /** No browser could be started; the message says why, for the log and the person. */
    final class BrowserUnavailable extends Exception {
        public BrowserUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
