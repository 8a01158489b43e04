package io.accountsdesk.sandbox.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the real service would have sent by email or SMS (verification codes, MFA codes, invitations, passwordless
 * links): the sandbox sends nothing, it keeps each message here and logs it, so a trainee or a test can read the code
 * it needs from {@code GET /v1/_sandbox/outbox}.
 */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final String KIND = "outbox";
    static final String OWNER = "sandbox";

    /** One message as it would have been sent. */
    public record Message(String channel, String to, String purpose, String code, String text) {
    }

    private final DocumentStore documents;
    private final Clock clock;

    public Outbox(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Keeps the message and logs it; returns its id. */
    public String send(Message message) {
        String id = UUID.randomUUID().toString();
        ObjectNode document = Json.object();
        document.put("id", id);
        document.put("created_at", OffsetDateTime.now(clock).toString());
        document.put("channel", message.channel());
        document.put("to", message.to());
        document.put("purpose", message.purpose());
        if (message.code() != null) {
            document.put("code", message.code());
        }
        document.put("text", message.text());
        documents.put(KIND, OWNER, id, document, message.to());
        // Not the code: the embedded sandbox logs into the app's log, where no one-time code may appear. The
        // outbox route shows it to whoever needs it.
        LOG.info("Outbox: {} to {} ({}); read it at GET /v1{}?to={}", message.channel(), message.to(),
                message.purpose(), OutboxRoutes.PATH, message.to());
        return id;
    }

    /** Newest first; {@code to} filters by recipient when given. */
    public List<ObjectNode> messages(String to, int limit) {
        return documents.list(KIND, OWNER, null, limit,
                doc -> to == null || to.equalsIgnoreCase(doc.path("to").asText()));
    }

    /** The newest code sent to {@code to} for {@code purpose}, if any. */
    public java.util.Optional<String> latestCode(String to, String purpose) {
        return messages(to, 100).stream()
                .filter(doc -> purpose.equals(doc.path("purpose").asText()) && doc.hasNonNull("code"))
                .map(doc -> doc.get("code").asText())
                .findFirst();
    }
}
