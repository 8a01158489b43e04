package io.accountsdesk.sandbox.assets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountStore;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Assets (seed line 10589): {@code POST /accounts/{aid}/management/assets} hands out a pre-signed upload URL, as
 * Dintero's does, and the sandbox itself plays the storage service behind it, so the whole flow works offline:
 *
 * <ol>
 *   <li>{@code POST /v1/accounts/{aid}/management/assets} with {@code {size_bytes, mime_type, access}} answers
 *       {@code {upload_url, upload_expires_in, public_url}}.</li>
 *   <li>{@code PUT <upload_url>} — {@code /v1/_sandbox/uploads/{token}}, sandbox-only and open (the unguessable
 *       token is the authorisation, like a pre-signed URL) — with the file as the raw body and its
 *       {@code Content-Type}. The body must be exactly the {@code size_bytes} announced (413 when larger, 400 when
 *       smaller), the type must be the announced {@code mime_type} (400), and the URL works for
 *       {@link #UPLOAD_TTL} (403 after, as a storage service answers an expired signature). Uploading again before
 *       then replaces the file. Answers 200 {@code {public_url, size_bytes, mime_type}}.</li>
 *   <li>{@code GET <public_url>} serves the bytes with their type. For {@code access=public} that is
 *       {@code /v1/_sandbox/assets/{aid}/{asset_id}}, open; for {@code access=private} it is
 *       {@code /v1/_sandbox/accounts/{aid}/assets/{asset_id}}, which needs a token for the account (the open path
 *       answers 404 for private files). Before the upload, both answer 404.</li>
 * </ol>
 *
 * <p>Size limit: the seed allows {@code size_bytes} up to {@link #MAX_SIZE_BYTES} (2,000,000), which the HTTP
 * server's body cap leaves room for. Files are kept base64-encoded in
 * the document store ({@code ("assets", aid, asset_id)}), which is fine at these sizes.
 */
public final class AssetRoutes {

    public static final long MAX_SIZE_BYTES = 2_000_000L;
    static final Duration UPLOAD_TTL = Duration.ofMinutes(15);
    static final String KIND = "assets";
    public static final String UPLOAD_PATH = "/_sandbox/uploads/";
    public static final String PUBLIC_PATH = "/_sandbox/assets/";

    static final Shape NEW_ASSET = Shape.object()
            .field("size_bytes", Shape.integer().min(1).max(MAX_SIZE_BYTES), true)
            .field("mime_type", Shape.string().oneOf("image/png", "image/jpeg", "image/svg+xml", "application/pdf"), true)
            .field("access", Shape.string().oneOf("private", "public"));

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DocumentStore documents;
    private final URI baseUrl;
    private final Clock clock;

    public AssetRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.baseUrl = context.baseUrl();
        this.clock = context.clock();
    }

    public void register(RouteTable routes) {
        routes.add("POST", "/accounts/{aid}/management/assets", this::createUploadUrl);
        routes.open("PUT", UPLOAD_PATH + "{token}", this::upload);
        routes.open("GET", PUBLIC_PATH + "{aid}/{asset_id}", this::getPublic);
        routes.add("GET", "/_sandbox/accounts/{aid}/assets/{asset_id}", this::getPrivate);
    }

    Response createUploadUrl(Request request) {
        String accountId = request.pathParam("aid");
        JsonNode body = request.json();
        NEW_ASSET.check(body);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String assetId = UUID.randomUUID().toString();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String access = body.path("access").asText("public");
        ObjectNode asset = Json.object();
        asset.put("id", assetId);
        asset.put("account_id", accountId);
        asset.put("created_at", now.toString());
        asset.put("upload_expires_at", now.plus(UPLOAD_TTL).toString());
        asset.put("size_bytes", body.get("size_bytes").asLong());
        asset.put("mime_type", body.get("mime_type").asText());
        asset.put("access", access);
        asset.put("public_url", publicUrl(accountId, assetId, access));
        asset.putNull("uploaded_at");
        documents.inTransaction(tx -> {
            if (AccountStore.isPartner(tx, accountId) || exists(tx, accountId)) {
                tx.put(KIND, accountId, assetId, asset, token);
                return null;
            }
            throw ApiException.notFound("No account " + accountId + "; it may have been deleted");
        });
        ObjectNode answer = Json.object();
        answer.put("public_url", asset.get("public_url").asText());
        answer.put("upload_url", baseUrl + UPLOAD_PATH + token);
        answer.put("upload_expires_in", UPLOAD_TTL.toSeconds());
        return Response.json(200, answer);
    }

    private static boolean exists(DocumentStore.Tx tx, String accountId) {
        try (var ps = tx.connection().prepareStatement("SELECT 1 FROM accounts WHERE account_id = ?")) {
            ps.setString(1, accountId);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The sandbox database failed: " + e.getMessage(), e);
        }
    }

    private String publicUrl(String accountId, String assetId, String access) {
        return access.equals("private") ? baseUrl + "/_sandbox/accounts/" + accountId + "/assets/" + assetId
                : baseUrl + PUBLIC_PATH + accountId + "/" + assetId;
    }

    Response upload(Request request) {
        String token = request.pathParam("token");
        byte[] bytes = request.body();
        Instant now = clock.instant();
        ObjectNode answer = documents.inTransaction(tx -> {
            DocumentStore.Found found = tx.byLookup(KIND, token).orElseThrow(() -> ApiException.notFound(
                    "No upload URL like this one; ask POST /accounts/{aid}/management/assets for one"));
            ObjectNode asset = found.document();
            if (now.isAfter(Instant.parse(asset.get("upload_expires_at").asText()))) {
                throw new ApiException(403, "upload_expired", "This upload URL expired at "
                        + asset.get("upload_expires_at").asText() + "; ask POST /accounts/" + found.owner()
                        + "/management/assets for a new one", List.of(), Map.of());
            }
            long declared = asset.get("size_bytes").asLong();
            if (bytes.length > declared) {
                throw new ApiException(413, "payload_too_large", "The file has " + bytes.length
                        + " bytes, more than the " + declared + " announced as size_bytes; ask for a new upload URL"
                        + " with the right size", List.of(FieldError.body("body", "must be " + declared + " bytes")),
                        Map.of());
            }
            if (bytes.length < declared) {
                throw ApiException.validation(List.of(FieldError.body("body", "must be the " + declared
                        + " bytes announced as size_bytes, not " + bytes.length)));
            }
            String mime = asset.get("mime_type").asText();
            String sent = request.header("Content-Type").map(v -> v.split(";")[0].trim().toLowerCase(Locale.ROOT))
                    .orElse("");
            if (!sent.equals(mime)) {
                throw ApiException.validation(List.of(FieldError.header("Content-Type", "must be " + mime
                        + ", the mime_type this upload URL was made for" + (sent.isEmpty() ? "" : ", not " + sent))));
            }
            asset.put("uploaded_at", now.truncatedTo(ChronoUnit.MILLIS).toString());
            asset.put("content_base64", Base64.getEncoder().encodeToString(bytes));
            tx.put(KIND, found.owner(), found.id(), asset);
            ObjectNode body = Json.object();
            body.put("public_url", asset.get("public_url").asText());
            body.put("size_bytes", bytes.length);
            body.put("mime_type", mime);
            return body;
        });
        return Response.json(200, answer);
    }

    Response getPublic(Request request) {
        String accountId = request.pathParam("aid");
        String assetId = request.pathParam("asset_id");
        ObjectNode asset = documents.get(KIND, accountId, assetId).orElse(null);
        if (asset == null || !asset.path("access").asText().equals("public")) {
            throw ApiException.notFound("No public asset " + assetId + "; private assets are read from"
                    + " /v1/_sandbox/accounts/{aid}/assets/{asset_id} with a token for the account");
        }
        return serve(asset);
    }

    Response getPrivate(Request request) {
        String accountId = request.pathParam("aid");
        String assetId = request.pathParam("asset_id");
        ObjectNode asset = documents.get(KIND, accountId, assetId).orElseThrow(() -> ApiException.notFound(
                "No asset " + assetId + " on account " + accountId));
        return serve(asset);
    }

    private static Response serve(ObjectNode asset) {
        if (!asset.hasNonNull("content_base64")) {
            throw ApiException.notFound("Asset " + asset.path("id").asText() + " has not been uploaded yet; PUT the"
                    + " file to the upload_url first");
        }
        byte[] bytes = Base64.getDecoder().decode(asset.get("content_base64").asText());
        return new Response(200, Map.of("Content-Type", asset.get("mime_type").asText(),
                "X-Content-Type-Options", "nosniff"), bytes);
    }
}
