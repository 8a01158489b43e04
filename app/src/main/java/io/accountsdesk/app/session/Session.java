package io.accountsdesk.app.session;

import io.accountsdesk.client.AccountIds;
import io.accountsdesk.client.ApiClient;

/** A signed-in connection to one API as one partner. */
public record Session(Environment environment, String baseUrl, String partnerId, ApiClient client)
        implements AutoCloseable {

    /** Production data is at stake whenever the partner is a {@code P} account, whatever the environment says. */
    public boolean touchesProduction() {
        return environment == Environment.PRODUCTION || !AccountIds.isTestMode(partnerId);
    }

    @Override
    public void close() {
        client.close();
    }
}
