package io.accountsdesk.client.clients;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;
import java.util.List;

/** Client grants of an account: {@code /accounts/{oid}/auth/client-grants}. */
public final class ClientGrantsApi {

    public static final Operation LIST = Operation.get("/accounts/{oid}/auth/client-grants")
            .responseList(ClientGrant.class);
    public static final Operation CREATE = Operation.post("/accounts/{oid}/auth/client-grants")
            .request(NewClientGrant.class).response(ClientGrant.class);
    public static final Operation DELETE = Operation.delete("/accounts/{oid}/auth/client-grants/{id}")
            .response(ClientGrant.class);

    private final HttpTransport transport;
    private final String oid;

    /** @param oid the account whose grants these are */
    public ClientGrantsApi(HttpTransport transport, String oid) {
        this.transport = transport;
        this.oid = oid;
    }

    /**
     * The grants, optionally only those for {@code audience} and/or {@code clientId} ({@code null} or blank: no
     * filter). The seed offers no paging for this list.
     */
    public List<ClientGrant> list(String audience, String clientId) {
        return transport.send(ApiRequest.to(LIST).path("oid", oid)
                .query("audience", audience)
                .query("client_id", clientId));
    }

    public ClientGrant create(NewClientGrant grant) {
        return transport.send(ApiRequest.to(CREATE).path("oid", oid).body(grant));
    }

    /** Deletes a grant; answers with the deleted grant. */
    public ClientGrant delete(String id) {
        return transport.send(ApiRequest.to(DELETE).path("oid", oid).path("id", id));
    }
}
