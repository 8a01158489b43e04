package io.accountsdesk.app.core.forms;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.Debouncer;
import io.accountsdesk.app.core.SessionServices;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A long form's unsaved typing, kept on disk a moment after the typing pauses, so a crash loses at most that
 * moment; when the same record opens again the typing is put back. Filling the form from the server is not typing:
 * run it through {@link #quietly(Runnable)}. Drafts carry the partner, the form and the record in their key, and go
 * through the session's ordered writes, so a read never races a queued delete.
 */
public final class FormDraft {

    /** The pause in typing after which the unsaved values are kept. */
    public static final Duration DELAY = Duration.ofSeconds(1);
    /** Typing that never pauses that long is still kept this often: a crash loses at most this much of it. */
    public static final Duration MOST = Duration.ofSeconds(5);

    private final SessionServices services;
    private final Form form;
    private final String formName;
    private final Debouncer keep;
    private Cancellable deadline = Cancellable.NONE;
    private String record;
    private boolean quiet;

    /** Watches every field {@code form} has now; add the fields first. */
    public FormDraft(SessionServices services, Form form, String formName) {
        this.services = services;
        this.form = form;
        this.formName = formName;
        this.keep = new Debouncer(services.scheduler(), DELAY);
        for (FormField<?> field : form.fields()) {
            field.valueProperty().addListener((obs, old, now) -> {
                if (!quiet && record != null) {
                    keep.submit(this::keep);
                    if (deadline == Cancellable.NONE) {
                        deadline = services.scheduler().schedule(MOST, this::keep);
                    }
                }
            });
        }
    }

    /** Runs {@code fill} without it counting as typing. */
    public void quietly(Runnable fill) {
        quiet = true;
        try {
            fill.run();
        } finally {
            quiet = false;
        }
    }

    /**
     * The form now shows {@code record}, filled from the server. A draft kept for it earlier is put back, unless the
     * user started typing meanwhile; {@code onRestored} then learns when that typing was kept.
     */
    public void open(String record, Consumer<Instant> onRestored) {
        cancel();
        this.record = record;
        String key = key(record);
        services.tasks().writes().read(services.messages().get("form.task.draftLoad"),
                () -> services.drafts().load(key),
                found -> found.ifPresent(draft -> {
                    if (!record.equals(this.record) || form.isDirty()) {
                        return;
                    }
                    int[] restored = new int[1];
                    quietly(() -> restored[0] = form.restoreDraft(draft.values()));
                    if (restored[0] > 0) {
                        onRestored.accept(draft.savedAt());
                    }
                }));
    }

    /** Keeps what was typed now, without waiting for the pause (the form is about to be left). */
    public void flush() {
        cancel();
        if (record != null && form.isDirty()) {
            keep();
        }
    }

    /** Stops following the record on show, its typing kept on disk: another record is about to open. */
    public void close() {
        flush();
        record = null;
    }

    /** Drops the draft of the record on show: it was saved, or the user threw the typing away. */
    public void forget() {
        cancel();
        if (record != null) {
            forget(services, formName, record);
        }
    }

    /**
     * Drops the draft and keeps none again for this record: what the form holds was sent, and stays on show as sent.
     * Unlike {@link #forget()}, closing the form afterwards writes nothing back.
     */
    public void finish() {
        forget();
        record = null;
    }

    /** Drops the draft of {@code record} in {@code formName} (the record itself is gone, say). */
    public static void forget(SessionServices services, String formName, String record) {
        String key = services.draftKey(formName, record);
        services.tasks().writes().submit(services.messages().get("form.task.draft"),
                () -> services.drafts().delete(key));
    }

    private void cancel() {
        keep.cancel();
        deadline.cancel();
        deadline = Cancellable.NONE;
    }

    private void keep() {
        cancel();
        if (record == null) {
            return;
        }
        String key = key(record);
        Map<String, String> values = form.draftValues();
        Instant now = services.clock().instant();
        services.tasks().writes().submit(services.messages().get("form.task.draft"), () -> {
            if (values.isEmpty()) {
                services.drafts().delete(key);
            } else {
                services.drafts().save(new DraftStore.Draft(key, now, values));
            }
        });
    }

    private String key(String forRecord) {
        return services.draftKey(formName, forRecord);
    }
}
