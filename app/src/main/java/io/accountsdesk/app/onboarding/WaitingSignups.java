package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.session.Environment;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Signups and pre-filled signup forms sent to merchants and not finished yet. The API lists neither, so the desk keeps
 * its own note of each (kind, id, company, e-mail, when), beside the drafts and as private as they are, and drops it
 * once the signup is verified, the form accepted, or the user forgets it. Reads and writes block: run them through the
 * session's ordered writes.
 */
final class WaitingSignups {

    /** What was sent: a signup that waits for its e-mailed code, or a pre-filled form that waits to be accepted. */
    enum Kind { SIGNUP, PREFILL }

    /** One signup or form sent and not finished. */
    record Waiting(Kind kind, String id, String name, String email, Instant sentAt) {
    }

    private static final String NAME = "name";
    private static final String EMAIL = "email";

    private final SessionServices services;

    WaitingSignups(SessionServices services) {
        this.services = services;
    }

    private String prefix(Kind kind) {
        return services.draftKey(kind == Kind.SIGNUP ? "signup" : "prefill", "");
    }

    /** Notes that {@code kind} {@code id} was sent for {@code name} to {@code email}, in the ordered writes. */
    void remember(Kind kind, String id, String name, String email, Instant sentAt) {
        String key = prefix(kind) + id;
        services.tasks().writes().submit(services.messages().get("form.task.draft"), () -> services.drafts()
                .save(new DraftStore.Draft(key, sentAt, Map.of(NAME, name == null ? "" : name,
                        EMAIL, email == null ? "" : email))));
    }

    /** Drops the note of {@code waiting}, in the ordered writes. */
    void forget(Waiting waiting) {
        String key = prefix(waiting.kind()) + waiting.id();
        services.tasks().writes().submit(services.messages().get("form.task.draft"),
                () -> services.drafts().delete(key));
    }

    /** Everything waiting, the most recently sent first. Blocking. */
    List<Waiting> list() {
        List<Waiting> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String prefix = prefix(kind);
            for (DraftStore.Draft note : services.drafts().list(prefix)) {
                all.add(new Waiting(kind, note.key().substring(prefix.length()),
                        note.values().getOrDefault(NAME, ""), note.values().getOrDefault(EMAIL, ""), note.savedAt()));
            }
        }
        all.sort(Comparator.comparing(Waiting::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /**
     * Where the sandbox keeps the e-mails it would have sent to {@code email} (its signup codes among them); empty
     * outside the sandbox, where the code reaches the merchant's real inbox.
     */
    String sandboxOutbox(String email) {
        if (services.session().environment() != Environment.SANDBOX) {
            return "";
        }
        String base = services.session().baseUrl().replaceAll("/+$", "");
        return base + "/_sandbox/outbox?to=" + URLEncoder.encode(email == null ? "" : email, StandardCharsets.UTF_8);
    }
}
