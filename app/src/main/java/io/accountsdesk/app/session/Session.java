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

    @Override
    public void close() {
        client.close();
    }
}
