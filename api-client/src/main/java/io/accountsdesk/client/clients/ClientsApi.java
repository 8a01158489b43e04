package io.accountsdesk.client.clients;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.List;

/**
 * API clients of an account: {@code /accounts/{oid}/auth/clients}. The list, get, delete and rotate paths come from
 * the 2021 SDK, not a docs page (ENDPOINTS.md: inferred).
 */
public final class ClientsApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/auth/clients").responseList(Client.class);
    public static final Operation CREATE = Operation.post("/accounts/{oid}/auth/clients")
            .request(NewClient.class).response(Client.class);
    public static final Operation GET = Operation.get("/accounts/{oid}/auth/clients/{id}").response(Client.class);
    public static final Operation DELETE = Operation.delete("/accounts/{oid}/auth/clients/{id}").response(Client.class);
    public static final Operation ROTATE_SECRET = Operation.post("/accounts/{oid}/auth/clients/{id}/rotate-secret")
            .response(Client.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the account whose clients these are */
    public ClientsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /** Every API client of the account. The seed offers no paging for this list. */
    public List<Client> list() {
        return transport.send(ApiRequest.to(LIST).path("oid", oid));
    }

    /** Creates a client; the answer is the only time its secret is shown. */
    public Client create(NewClient client) {
        return transport.send(ApiRequest.to(CREATE).path("oid", oid).body(client));
    }

    public Client get(String id) {
        return transport.send(ApiRequest.to(GET).path("oid", oid).path("id", id));
    }

    /** Deletes a client and everything that belongs to it (its grants); answers with the deleted client. */
    public Client delete(String id) {
        return transport.send(ApiRequest.to(DELETE).path("oid", oid).path("id", id));
    }

    /** Issues a new secret; the old one stops working. The answer is the only time the new secret is shown. */
    public Client rotateSecret(String id) {
        return transport.send(ApiRequest.to(ROTATE_SECRET).path("oid", oid).path("id", id));
    }
}
