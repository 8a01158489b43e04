package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.assets.AssetAccess;
import io.accountsdesk.client.assets.AssetMimeType;
import io.accountsdesk.client.assets.AssetUpload;
import io.accountsdesk.client.assets.UploadUrl;
import io.accountsdesk.client.http.ApiException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Assets: the typed client asks for an upload URL, the bytes go there, and the public URL serves them back. */
class E2eAssetsTest {

    /** The 8-byte PNG signature and a little more: the sandbox stores bytes, it does not decode images. */
    private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);
    private static String aid;

    private static ApiClient client() {
        return SANDBOX.client();
    }

    @BeforeAll
    static void pickSubAccount() {
        aid = client().accounts().list(AccountQuery.all().withLimit(1), null).items().get(0).accountId();
    }

    @Test
    void aPublicLogoIsUploadedToItsUrlAndServedFromThePublicOne() {
        UploadUrl url = client().actingOn(aid).assets().createUploadUrl(aid,
                new AssetUpload((long) LOGO.length, AssetMimeType.IMAGE_PNG, AssetAccess.PUBLIC));
        assertThat(url.uploadUrl()).startsWith("http://127.0.0.1:");
        assertThat(url.publicUrl()).startsWith("http://127.0.0.1:");
        assertThat(url.uploadExpiresIn()).isPositive();

        assertThat(SANDBOX.backdoor().raw("GET", URI.create(url.publicUrl()), null, null).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> put = SANDBOX.backdoor().raw("PUT", URI.create(url.uploadUrl()), LOGO, "image/png");
        assertThat(put.statusCode()).as(new String(put.body(), StandardCharsets.UTF_8)).isEqualTo(200);

        HttpResponse<byte[]> served = SANDBOX.backdoor().raw("GET", URI.create(url.publicUrl()), null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(served.body()).isEqualTo(LOGO);
    }

    @Test
    void theUploadMustBeTheAnnouncedSizeAndType() {
        UploadUrl url = client().actingOn(aid).assets().createUploadUrl(aid,
                AssetUpload.of(LOGO.length, AssetMimeType.IMAGE_PNG));

        assertThat(SANDBOX.backdoor().raw("PUT", URI.create(url.uploadUrl()), LOGO, "application/pdf").statusCode())
                .isEqualTo(400);
        assertThat(SANDBOX.backdoor().raw("PUT", URI.create(url.uploadUrl()), new byte[] {1, 2, 3}, "image/png")
                .statusCode()).isEqualTo(400);
        assertThat(SANDBOX.backdoor().raw("PUT", URI.create(url.uploadUrl()), LOGO, "image/png").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPrivateFileIsNotServedOnTheOpenPath() {
        UploadUrl url = client().actingOn(aid).assets().createUploadUrl(aid,
                new AssetUpload((long) LOGO.length, AssetMimeType.IMAGE_PNG, AssetAccess.PRIVATE));
        assertThat(SANDBOX.backdoor().raw("PUT", URI.create(url.uploadUrl()), LOGO, "image/png").statusCode())
                .isEqualTo(200);

        assertThat(url.publicUrl()).doesNotContain("/_sandbox/assets/");
        assertThat(SANDBOX.backdoor().raw("GET", URI.create(url.publicUrl()), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void thePartnersOwnTokenCannotAskForASubAccountsUploadUrl() {
        assertThatThrownBy(() -> client().assets().createUploadUrl(aid, AssetUpload.of(10, AssetMimeType.IMAGE_JPEG)))
                .isInstanceOf(ApiException.Forbidden.class);
    }
}
