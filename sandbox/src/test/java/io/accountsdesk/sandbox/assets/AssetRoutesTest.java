package io.accountsdesk.sandbox.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountFixtures;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorCode;
import static io.accountsdesk.sandbox.accounts.AccountFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/** An upload URL from the API, the file PUT to it (the sandbox's own storage), and the file read back. */
class AssetRoutesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("assets");

    private static Api api;
    private static String token;
    private static String assets;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        assets = "/accounts/" + api.partnerId() + "/management/assets";
    }

    private static ObjectNode asset(long size, String mime, String access) {
        ObjectNode body = Api.JSON.createObjectNode().put("size_bytes", size).put("mime_type", mime);
        if (access != null) {
            body.put("access", access);
        }
        return body;
    }

    private static JsonNode uploadUrl(ObjectNode body) {
        Api.Reply reply = api.post(assets, token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> put(String url, byte[] bytes, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return send(b.build());
    }

    private static HttpResponse<byte[]> get(String url, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPublicFileIsUploadedToTheUrlAndServedBack() {
        JsonNode url = uploadUrl(asset(PNG.length, "image/png", null));
        assertThat(url.get("upload_expires_in").asLong()).isEqualTo(900);
        String upload = url.get("upload_url").asText();
        String publicUrl = url.get("public_url").asText();
        assertThat(upload).startsWith(api.baseUrl() + "/_sandbox/uploads/");
        assertThat(publicUrl).startsWith(api.baseUrl() + "/_sandbox/assets/" + api.partnerId() + "/");
        assertThat(get(publicUrl, null).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> uploaded = put(upload, PNG, "image/png");
        assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(json(uploaded).get("public_url").asText()).isEqualTo(publicUrl);

        HttpResponse<byte[]> served = get(publicUrl, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(PNG);
    }

    @Test
    void aPrivateFileNeedsATokenForTheAccount() {
        byte[] pdf = "%PDF-1.7 tiny".getBytes(StandardCharsets.US_ASCII);
        JsonNode url = uploadUrl(asset(pdf.length, "application/pdf", "private"));
        String privateUrl = url.get("public_url").asText();
        assertThat(privateUrl).startsWith(api.baseUrl() + "/_sandbox/accounts/" + api.partnerId() + "/assets/");
        assertThat(put(url.get("upload_url").asText(), pdf, "application/pdf; charset=binary").statusCode()).isEqualTo(200);

        assertThat(get(privateUrl, null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> served = get(privateUrl, token);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(pdf);
        String assetId = privateUrl.substring(privateUrl.lastIndexOf('/') + 1);
        assertThat(get(api.baseUrl() + "/_sandbox/assets/" + api.partnerId() + "/" + assetId, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theUploadMustMatchTheAnnouncedSizeAndType() {
        JsonNode url = uploadUrl(asset(PNG.length, "image/png", "public"));
        String upload = url.get("upload_url").asText();
        byte[] bigger = new byte[PNG.length + 1];
        assertThat(put(upload, bigger, "image/png").statusCode()).isEqualTo(413);
        HttpResponse<byte[]> smaller = put(upload, new byte[3], "image/png");
        assertThat(smaller.statusCode()).isEqualTo(400);
        assertThat(json(smaller).get("error").get("errors").get(0).get("field").asText()).isEqualTo("body");
        HttpResponse<byte[]> wrongType = put(upload, PNG, "image/jpeg");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("error").get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        // Nothing was stored by the rejected uploads.
        assertThat(get(url.get("public_url").asText(), null).statusCode()).isEqualTo(404);
        assertThat(put(api.baseUrl() + "/_sandbox/uploads/unknown-token", PNG, "image/png").statusCode()).isEqualTo(404);
    }

    @Test
    void theUploadUrlRequestIsValidatedAsTheSeedSays() {
        assertThat(errorFields(api.post(assets, token, asset(0, "image/gif", "everyone")), 400, "body"))
                .containsExactlyInAnyOrder("size_bytes", "mime_type", "access");
        assertThat(errorFields(api.post(assets, token, asset(2_000_001, "image/svg+xml", null)), 400, "body"))
                .containsExactly("size_bytes");
        assertThat(errorFields(api.post(assets, token, "{}"), 400, "body"))
                .containsExactlyInAnyOrder("size_bytes", "mime_type");
        assertThat(uploadUrl(asset(2_000_000, "image/svg+xml", null)).get("upload_url").asText()).isNotBlank();
    }

    @Test
    void uploadUrlsAreForTheTokensOwnAccount() {
        assertThat(api.post(assets, null, asset(10, "image/png", null)).status()).isEqualTo(401);
        String subAccount = api.get(api.accountsPath() + "?limit=1", token).json().get(0).get("account_id").asText();
        assertThat(errorCode(api.post("/accounts/" + subAccount + "/management/assets", token,
                asset(10, "image/png", null)), 403)).isEqualTo("forbidden");
        AccountFixtures.SignedUp merchant = AccountFixtures.signUp(api, token, "logo@example.no", "Logo AS");
        Api.Reply own = api.post("/accounts/" + merchant.accountId() + "/management/assets", merchant.token(),
                asset(10, "image/jpeg", null));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        api.delete(api.accountsPath() + "/" + merchant.accountId(), token);
        assertThat(errorCode(api.post("/accounts/" + merchant.accountId() + "/management/assets", merchant.token(),
                asset(10, "image/jpeg", null)), 404)).isEqualTo("not_found");
    }
}
