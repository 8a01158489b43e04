package io.accountsdesk.client.assets;

import io.accountsdesk.client.http.ApiRequest;
import io.accountsdesk.client.http.HttpTransport;
import io.accountsdesk.client.http.Operation;

/**
 * Account assets such as logos and PDFs: {@code /accounts/{aid}/management/assets}. The API only hands out an upload
 * URL; the file itself goes straight to that URL, outside this client.
 */
public final class AssetsApi {

    public static final Operation CREATE_UPLOAD_URL = Operation.post("/accounts/{aid}/management/assets")
            .request(AssetUpload.class).response(UploadUrl.class);

    private final HttpTransport transport;

    public AssetsApi(HttpTransport transport) {
        this.transport = transport;
    }

    /** Asks for a URL to upload a file of {@code upload}'s size and type to, for {@code accountId}. */
    public UploadUrl createUploadUrl(String accountId, AssetUpload upload) {
        return transport.send(ApiRequest.to(CREATE_UPLOAD_URL).path("aid", accountId).body(upload));
    }
}
