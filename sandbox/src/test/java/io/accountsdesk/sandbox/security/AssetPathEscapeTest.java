package io.accountsdesk.sandbox.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.assets.AssetRoutes;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload and asset paths cannot reach outside what they name. The sandbox keeps uploaded files in its H2 database
 * (keyed by account and a server-made id), never as files named by the client, so there is no directory to escape;
 * this test proves that from outside: {@code ../}, {@code %2e%2e%2f}, {@code %2F}, backslashes, absolute paths and NUL
 * in the upload token or the asset path never upload, never serve another account's or a private file, never 500,
 * and leave no file beside the database.
 *
 * <p>Seen to fail: with {@code getPublic} serving any asset regardless of {@code access}, both private files came
 * back through the public path; with {@code BearerAuthenticator}'s account comparison removed, each account's private
 * file came back to the other's token.
 */
class AssetPathEscapeTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] SECRET_PDF = "%PDF-1.7 private to its account".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("attack-assets", o -> o.withAccounts(3));

    private static String partner;
    private static String sub;
    private static String subToken;
    private static String publicId;
    private static String privateId;
    private static String subPrivateId;
    private static String pendingUploadPath;

    @BeforeAll
    static void uploadFiles() {
        Api api = OWN.api();
        partner = api.partnerId();
        publicId = upload(partner, OWN.token(), PNG, "image/png", "public");
        privateId = upload(partner, OWN.token(), SECRET_PDF, "application/pdf", "private");
        sub = api.get(api.accountsPath() + "?limit=1", OWN.token()).json().get(0).get("account_id").asText();
        subToken = api.post("/accounts/" + partner + "/auth/exchange_token", OWN.token(), Map.of("account_id", sub))
                .json().get("access_token").asText();
        subPrivateId = upload(sub, subToken, SECRET_PDF, "application/pdf", "private");
        JsonNode pending = asset(partner, OWN.token(), PNG.length, "image/png", "public");
        pendingUploadPath = URI.create(pending.get("upload_url").asText()).getRawPath();
    }

    private static JsonNode asset(String account, String token, long size, String type, String access) {
        Api.Reply reply = OWN.api().post("/accounts/" + account + "/management/assets", token,
                Map.of("size_bytes", size, "mime_type", type, "access", access));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Uploads a file through the whole flow; its asset id. */
    private static String upload(String account, String token, byte[] bytes, String type, String access) {
        JsonNode url = asset(account, token, bytes.length, type, access);
        RawHttp.Reply put = put(URI.create(url.get("upload_url").asText()).getRawPath(), bytes, type);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String publicUrl = url.get("public_url").asText();
        return publicUrl.substring(publicUrl.lastIndexOf('/') + 1);
    }

    private static RawHttp.Reply put(String rawPath, byte[] bytes, String type) {
        try (RawHttp http = new RawHttp(OWN.sandbox().address())) {
            http.write(("PUT " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + OWN.sandbox().port()
                    + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            http.write(bytes);
            return http.read();
        }
    }

    private static RawHttp.Reply get(String rawPath, String token) {
        return RawHttp.exchange(OWN.sandbox().address(), "GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + OWN.sandbox().port() + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n"), null);
    }

    /** Refused in the API's error shape: not served, not uploaded, not a crash. */
    private static void expectRefused(RawHttp.Reply reply, String what, List<String> wrong) {
        boolean refused = (reply.status() == 400 || reply.status() == 403 || reply.status() == 404)
                && !reply.json().at("/error/code").asText().isBlank();
        if (!refused || reply.body().contains("%PDF")) {
            wrong.add(what + " -> " + reply.status() + " " + reply.body());
        }
    }

    @Test
    void assetPathsThatClimbOutOrAroundServeNothing() {
        String pub = "/v1" + AssetRoutes.PUBLIC_PATH;
        String priv = "/v1/_sandbox/accounts/";
        List<String> attacks = List.of(
                pub + partner + "/" + privateId,
                pub + partner + "/..%2F..%2Faccounts%2F" + partner + "%2Fassets%2F" + privateId,
                pub + partner + "/%2e%2e%2f%2e%2e%2faccounts%2f" + partner + "%2fassets%2f" + privateId,
                pub + partner + "/%2E%2E/%2E%2E/accounts/" + partner + "/assets/" + privateId,
                pub + "../accounts/" + partner + "/assets/" + privateId,
                pub + partner + "/../../accounts/" + partner + "/assets/" + privateId,
                pub + partner + "/..%5C..%5Caccounts%5C" + partner + "%5Cassets%5C" + privateId,
                pub + partner + "/" + privateId + "%00",
                pub + partner + "/" + publicId + "%00.pdf",
                pub + partner + "/%2Fetc%2Fpasswd",
                pub + partner + "/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                pub + "%2Fetc/passwd",
                pub + partner + "/C:%5CWindows%5Cwin.ini",
                pub + sub + "/" + publicId,
                pub + sub + "/" + subPrivateId,
                priv + partner + "/assets/..%2F..%2F" + sub + "%2Fassets%2F" + subPrivateId,
                priv + partner + "/assets/" + subPrivateId,
                priv + partner + "/assets/%2e%2e%2f" + subPrivateId);
        List<String> wrong = new ArrayList<>();
        for (String path : attacks) {
            expectRefused(get(path, OWN.token()), "GET " + path, wrong);
        }
        expectRefused(get(priv + sub + "/assets/" + subPrivateId, OWN.token()), "the partner's token on the"
                + " sub-account's private file", wrong);
        expectRefused(get(priv + partner + "/assets/" + privateId, subToken), "the sub-account's token on the"
                + " partner's private file", wrong);
        assertThat(wrong).as("asset paths that served something they must not").isEmpty();

        // The files themselves are still where they belong.
        assertThat(get(pub + partner + "/" + publicId, null).status()).isEqualTo(200);
        RawHttp.Reply own = get(priv + partner + "/assets/" + privateId, OWN.token());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(new String(SECRET_PDF, StandardCharsets.US_ASCII));
    }

    @Test
    void uploadPathsThatClimbOutUploadNothingAndLeaveNoFile() throws IOException {
        Path dataDir = OWN.sandbox().dataDir();
        List<String> before = files(dataDir);
        String token = pendingUploadPath.substring(pendingUploadPath.lastIndexOf('/') + 1);
        String up = "/v1" + AssetRoutes.UPLOAD_PATH;
        List<String> attacks = List.of(
                up + "..%2F..%2F..%2Ftmp%2Faccounts-desk-pwned",
                up + "%2e%2e%2f%2e%2e%2f%2e%2e%2ftmp%2faccounts-desk-pwned",
                up + "../../../tmp/accounts-desk-pwned",
                up + "..%5C..%5C..%5Caccounts-desk-pwned",
                up + "%2Ftmp%2Faccounts-desk-pwned",
                up + "C:%5Caccounts-desk-pwned",
                up + token + "%00",
                up + token + "%00.png",
                up + token + "%2F..%2F..%2Faccounts-desk-pwned",
                up + token + "/../" + token,
                up + "..%2F" + token,
                up + "%00");
        List<String> wrong = new ArrayList<>();
        for (String path : attacks) {
            expectRefused(put(path, PNG, "image/png"), "PUT " + path, wrong);
        }
        assertThat(wrong).as("upload paths that took a file").isEmpty();
        assertThat(Path.of("/tmp/accounts-desk-pwned")).doesNotExist();
        assertThat(dataDir.getParent().resolve("accounts-desk-pwned")).doesNotExist();
        assertThat(files(dataDir)).as("the data directory after the attacks").isEqualTo(before);

        // The upload URL that was attacked around still takes its file.
        assertThat(put(pendingUploadPath, PNG, "image/png").status()).isEqualTo(200);
    }

    @Test
    void theLargestFileTheSeedAllowsStillFitsUnderTheBodyLimit() {
        byte[] big = new byte[(int) AssetRoutes.MAX_SIZE_BYTES];
        Arrays.fill(big, (byte) '<');
        String id = upload(partner, OWN.token(), big, "image/svg+xml", "public");
        assertThat(get("/v1" + AssetRoutes.PUBLIC_PATH + partner + "/" + id, null).body()).hasSize(big.length);
    }

    /** The names of the regular files below the data directory, which must all be the database's own. */
    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            List<String> names = paths.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
            assertThat(names).allMatch(n -> n.matches("[\\w.-]+\\.db"), "H2's files only");
            return names;
        }
    }
}
