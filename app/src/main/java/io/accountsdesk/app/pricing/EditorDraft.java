package io.accountsdesk.app.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.forms.DraftsLeft;
import io.accountsdesk.client.json.Json;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The package being built in the editor, kept on disk after every edit: a package takes longer than a minute to
 * build, so a crash must not lose it, and the comparison reads it from here to set it beside saved packages. It goes
 * through the session's ordered writes, so a comparison opened right after an edit sees that edit.
 */
final class EditorDraft {

    /** What was kept, and when. */
    record Kept(PackageDraft draft, Instant savedAt) {
    }

    private static final String FORM = "price-package-editor";
    private static final String RECORD = "new";
    private static final String VALUE = "package";
    private static final ObjectMapper JSON = Json.newMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EditorDraft() {
    }

    static void keep(SessionServices services, PackageDraft draft) {
        String key = services.draftKey(FORM, RECORD);
        Instant now = services.clock().instant();
        String json = write(draft);
        services.tasks().writes().submit(services.messages().get("form.task.draft"),
                () -> services.drafts().save(new DraftStore.Draft(key, now, Map.of(VALUE, json))));
    }

    static void forget(SessionServices services) {
        String key = services.draftKey(FORM, RECORD);
        services.tasks().writes().submit(services.messages().get("form.task.draft"),
                () -> services.drafts().delete(key));
    }

    /** Hands over the kept draft, if there is one, on the UI thread after every queued write has landed. */
    static void load(SessionServices services, Consumer<Optional<Kept>> then) {
        String key = services.draftKey(FORM, RECORD);
        services.tasks().writes().read(services.messages().get("form.task.draftLoad"),
                () -> services.drafts().load(key).flatMap(EditorDraft::read), then);
    }

    /** A package left unsaved (a crash, say) is told of at the start: it comes back under New package. */
    static void offer(SessionServices services) {
        DraftsLeft.offer(services, List.of(FORM), left -> services.messages().format("pricing.drafts.offer",
                read(left.get(0).draft()).map(kept -> kept.draft().name()).filter(name -> name != null && !name.isBlank())
                        .orElse(services.messages().get("pricing.drafts.untitled"))),
                left -> Place.of(PricePackageEditorViewModel.SCREEN));
    }

    static String write(PackageDraft draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static Optional<Kept> read(DraftStore.Draft kept) {
        String json = kept.values().get(VALUE);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Kept(JSON.readValue(json, PackageDraft.class), kept.savedAt()));
        } catch (JsonProcessingException unreadable) {
            // A draft from an older shape of the editor: better to start afresh than to fail the screen.
            return Optional.empty();
        }
    }
}
