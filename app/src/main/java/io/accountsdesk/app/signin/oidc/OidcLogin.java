package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.OidcTokenRequest;
import io.accountsdesk.client.auth.OidcTokenResponse;
import io.accountsdesk.client.http.Cancellation;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

/**
 * The loopback flow of RFC 8252 in three steps, each blocking and none on the UI thread: {@link #start} listens on a
 * loopback port and makes the authorization request (fresh PKCE and state); {@link #openBrowser} sends the person
 * there; {@link #finish} waits for the browser to come back and trades the code for a Dintero token at
 * {@code POST /accounts/{oid}/auth/oidc/token}. The PKCE verifier never leaves this computer: the seed's token call
 * has no {@code code_verifier}, so only a provider that checks it itself can make use of the challenge.
 */
public final class OidcLogin {

    /** Long enough to type a password and pass a second factor at the provider; the person can cancel sooner. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    private static final int STATE_BYTES = 32;

    private final SystemBrowser browser;
    private final CallbackPages pages;
    private final SecureRandom random;
    private final Duration timeout;

    public OidcLogin(SystemBrowser browser, CallbackPages pages, SecureRandom random, Duration timeout) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.random = Objects.requireNonNull(random, "random");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A sign-in under way: where the browser goes, and the receiver waiting for it. Close it in every case. */
    public record Pending(AuthorizationRequest request, LoopbackReceiver receiver) implements AutoCloseable {

        public URI browserUrl() {
            return request.toUri();
        }

        @Override
        public void close() {
            receiver.close();
        }
    }

    /** Listens on a free loopback port and prepares the request for {@code provider}. */
    public Pending start(OidcProvider provider, String accountId) throws IOException {
        String state = Pkce.randomText(random, STATE_BYTES);
        LoopbackReceiver receiver = LoopbackReceiver.open(state, pages);
        return new Pending(new AuthorizationRequest(provider.authorizationEndpoint(), provider.clientId(),
                receiver.redirectUri(), state, Pkce.create(random), accountId), receiver);
    }

    public void openBrowser(Pending pending) throws SystemBrowser.BrowserUnavailable {
        browser.open(pending.browserUrl());
    }

    /**
     * Waits for the code, closes the receiver, and trades the code.
     *
     * @param auth     the API client's auth API ({@code oidc/token} goes out with the client's credentials)
     * @param clientId the Dintero API client whose grant the code is for
     */
    public OidcTokenResponse finish(Pending pending, AuthApi auth, String accountId, String clientId,
                                    Cancellation cancellation) throws InterruptedException {
        String code;
        try (pending) {
            code = pending.receiver().awaitCode(timeout, cancellation);
        }
        return auth.oidcToken(accountId, OidcTokenRequest.authorizationCode(code, clientId,
                pending.request().redirectUri().toString(), auth.audience(accountId)));
    }
}
