package io.accountsdesk.client.settings;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * An account's own settings: {@code /accounts/{aid}/management/settings}. The path names the account itself, so
 * every method takes its id; a token for that account (or a partner's exchange token for it) is needed.
 */
public final class SettingsApi {

    public static final Operation GET = Operation.get("/accounts/{aid}/management/settings")
            .response(AccountSettings.class);
    public static final Operation UPDATE = Operation.put("/accounts/{aid}/management/settings")
            .request(SettingsUpdate.class).response(AccountSettings.class);

    private final HttpTransport transport;

    public SettingsApi(HttpTransport transport) {
        this.transport = transport;
    }

    /** The settings of {@code accountId}. */
    public AccountSettings get(String accountId) {
        return transport.send(ApiRequest.to(GET).path("aid", accountId));
    }

    /** Changes the parts of {@code accountId}'s settings that {@code update} sets, and answers with the result. */
    public AccountSettings update(String accountId, SettingsUpdate update) {
        return transport.send(ApiRequest.to(UPDATE).path("aid", accountId).body(update));
    }
}
