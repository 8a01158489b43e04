package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Refresh tokens, issued with every user grant and with exchange tokens, kept as documents of kind {@value #KIND}
 * owned by the account they act on, under the SHA-256 of the token (never the token itself). They do not expire and
 * are not rotated: a refresh answers with a new access token and the same refresh token, until
 * {@code POST /auth/revoke} marks it revoked, after which the refresh grant refuses it.
 *
 * <p>Document: {@code {account_id, client_id, user_id, audience, scope[], partner_id, created_at, revoked_at}};
 * {@code partner_id} is set for exchange tokens (the partner that acted on its sub-account).
 */
final class RefreshTokens {

    static final String KIND = "auth.refresh_tokens";

    private final DocumentStore documents;
    private final Clock clock;

    RefreshTokens(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** A stored refresh token. */
    record Stored(String owner, String id, ObjectNode document) {
        boolean revoked() {
            return !document.path("revoked_at").isNull() && !document.path("revoked_at").isMissingNode();
        }
    }

    String create(TokenService.Subject subject, String audience, String partnerId) {
        String token = Secrets.token();
        String hash = Secrets.sha256(token);
        ObjectNode doc = Json.object();
        doc.put("account_id", subject.accountId());
        doc.put("client_id", subject.clientId());
        if (subject.userId() == null) {
            doc.putNull("user_id");
        } else {
            doc.put("user_id", subject.userId());
        }
        doc.put("audience", audience);
        ArrayNode scope = doc.putArray("scope");
        subject.scopes().forEach(scope::add);
        if (partnerId == null) {
            doc.putNull("partner_id");
        } else {
            doc.put("partner_id", partnerId);
        }
        doc.put("created_at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        doc.putNull("revoked_at");
        documents.put(KIND, subject.accountId(), hash, doc, hash);
        return token;
    }

    Optional<Stored> find(String token) {
        String hash = Secrets.sha256(token);
        return documents.byLookup(KIND, hash).map(f -> new Stored(f.owner(), f.id(), f.document()));
    }

    /** Marks the token revoked if it acts on {@code account}; a token of another account is left alone. */
    boolean revoke(String token, String account) {
        Optional<Stored> stored = find(token).filter(s -> s.owner().equals(account));
        if (stored.isEmpty() || stored.get().revoked()) {
            return false;
        }
        ObjectNode doc = stored.get().document();
        doc.put("revoked_at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        documents.put(KIND, stored.get().owner(), stored.get().id(), doc);
        return true;
    }
}
