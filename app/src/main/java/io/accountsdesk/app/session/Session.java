package io.accountsdesk.app.session;

import io.accountsdesk.client.AccountIds;
import io.accountsdesk.client.ApiClient;
import java.util.Optional;

/**
 * A signed-in connection to one API as one partner: as the partner's API client, or as a person ({@link #person()}),
 * in which case {@link #client()} carries the person's tokens.
 *
 * @param signedInPerson the person, or {@code null} for an API client's session
 */
public record Session(Environment environment, String baseUrl, String partnerId, ApiClient client,
                      SignedInPerson signedInPerson) implements AutoCloseable {

    /** An API client's session. */
    public Session(Environment environment, String baseUrl, String partnerId, ApiClient client) {
        this(environment, baseUrl, partnerId, client, null);
    }

    /** The person who signed in, or empty when the session is an API client's. */
    public Optional<SignedInPerson> person() {
        return Optional.ofNullable(signedInPerson);
    }

    /** Production data is at stake whenever the partner is a {@code P} account, whatever the environment says. */
    public boolean touchesProduction() {
        return environment == Environment.PRODUCTION || !AccountIds.isTestMode(partnerId);
    }

    /**
     * Ends the session. A person's refresh token is revoked first, on a thread of its own: sign-out happens on the UI
     * thread, which never waits on the network. A failed revoke is logged (without the token) and does not keep the
     * session open; the tokens are forgotten here either way.
     */
    @Override
    public void close() {
        signOut();
    }

    /**
     * {@link #close()}, with a future that completes once a person's refresh token was revoked (or the attempt
     * failed) and the clients were closed: for whoever must know the server has heard of the sign-out.
     */
    public java.util.concurrent.CompletableFuture<Void> signOut() {
        if (signedInPerson == null) {
            client.close();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        // A quitting app waits a moment for the returned future (see AccountsDeskApp.stop), not for the thread.
        return java.util.concurrent.CompletableFuture.runAsync(this::revokeAndClose,
                runnable -> Thread.ofVirtual().name("sign-out").start(runnable));
    }

    /**
     * Ends the session here but leaves the person signed in on the server: their refresh token, kept in the OS
     * keychain because they asked to be remembered, signs them in at the next start. For quitting the app; a sign-out
     * is {@link #close()}.
     */
    public void closeKeepingSignIn() {
        client.close();
        if (signedInPerson != null && signedInPerson.viaClient() != null) {
            signedInPerson.viaClient().close();
        }
    }

    private void revokeAndClose() {
        try {
            signedInPerson.tokens().signOut();
        } catch (RuntimeException failed) {
            org.slf4j.LoggerFactory.getLogger(Session.class).warn("Signing {} out: the refresh token could not be"
                    + " revoked ({}); it expires on its own", signedInPerson.username(), failed.getMessage());
        } finally {
            client.close();
            if (signedInPerson.viaClient() != null) {
                signedInPerson.viaClient().close();
            }
        }
    }
}
