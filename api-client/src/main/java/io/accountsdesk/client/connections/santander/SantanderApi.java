package io.accountsdesk.client.connections.santander;

import com.fasterxml.jackson.core.type.TypeReference;
import io.accountsdesk.client.connections.EmptyAnswer;
import io.accountsdesk.client.connections.StoreOverrides;
import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * Store overrides for an account's Santander connection, the only Santander operation in this API. Method and path
 * are GUESSED (ENDPOINTS.md #67, operationId unknown); verify them against the live API.
 */
public final class SantanderApi {

    public static final Operation OVERRIDES = Operation
            .post("/accounts/{aid}/management/settings/connections/santander/overrides")
            .request(new TypeReference<StoreOverrides<SantanderOverrideCredentials>>() { }.getType())
            .response(EmptyAnswer.class);

    private final HttpTransport transport;
    private final String oid;

    /**
     * @param oid the account the client signed in for; the calls name the account they act on ({@code aid}) each
     *            time, which is {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public SantanderApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** The account the client signed in for. */
    public String oid() {
        return oid;
    }

    /** Gives one store of an existing Santander connection its own credentials. */
    public void addOverride(String aid, String storeId, SantanderOverrideCredentials credentials) {
        transport.send(ApiRequest.to(OVERRIDES).path("aid", aid).body(StoreOverrides.of(storeId, credentials)));
    }
}
