package io.accountsdesk.client.screening.vmss;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * Visa Merchant Screening Service: check whether other acquirers have listed a merchant as terminated before you take
 * it on. Bodies use Visa's own field names, mapped one by one in the models.
 */
public final class VmssApi {

    public static final Operation SEARCH = Operation.post("/accounts/{aid}/compliance-search/vmss")
            .request(VmssSearchRequest.class).response(VmssSearchResponse.class);

    private final HttpTransport transport;

    /**
     * @param oid the account the client signed in for. VMSS paths name the screened account ({@code {aid}}) on each
     *            call instead, so it is not used; the parameter keeps the constructor every area shares.
     */
    public VmssApi(HttpTransport transport, String oid) {
        this.transport = transport;
    }

    /** Searches VMSS for listings that match a merchant, on behalf of account {@code aid}. */
    public VmssSearchResponse search(String aid, VmssSearchRequest request) {
        return transport.send(ApiRequest.to(SEARCH).path("aid", aid).body(request));
    }
}
