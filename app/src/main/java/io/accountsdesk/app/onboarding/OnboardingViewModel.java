package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.DurationText;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.SessionServices;
import io.accountsdesk.app.core.forms.DraftStore;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.nav.ScreenModel;
import io.accountsdesk.ui.ContentState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The onboarding team's desk: every application not created yet (the create-account wizard's drafts of this
 * partner), the most recently typed first, with its age; each can be resumed, duplicated (a start for a similar
 * merchant) or discarded. Drafts are read from and written to disk through the session's ordered writes, so a list
 * never races a draft being kept.
 */
public final class OnboardingViewModel implements ScreenModel {

    public static final String SCREEN = "onboarding";

    /** One application in progress, as the list shows it. */
    public record DraftRow(String id, String title, String detail, Instant savedAt, String age) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<DraftRow> drafts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public OnboardingViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    @Override
    public void activate(Place place) {
        refresh();
    }

    @Override
    public void dispose() {
    }

    private String prefix() {
        return services.draftKey(NewAccountWizardViewModel.DRAFT_FORM, "");
    }

    /** Reads the drafts again. */
    public void refresh() {
        if (drafts.isEmpty()) {
            state.set(ContentState.LOADING);
        }
        String prefix = prefix();
        services.tasks().writes().read(messages.get("onboarding.task.drafts"), () -> {
            try {
                return services.drafts().list(prefix);
            } catch (RuntimeException failed) {
                return null;
            }
        }, found -> {
            if (found == null) {
                message.set(messages.get("onboarding.drafts.error"));
                state.set(ContentState.ERROR);
                return;
            }
            Instant now = services.clock().instant();
            drafts.setAll(found.stream().map(d -> row(d, prefix, now)).toList());
            message.set(drafts.isEmpty() ? messages.get("onboarding.drafts.empty") : "");
            state.set(drafts.isEmpty() ? ContentState.EMPTY : ContentState.READY);
        });
    }

    private DraftRow row(DraftStore.Draft draft, String prefix, Instant now) {
        Map<String, String> values = draft.values();
        String name = values.getOrDefault("company.business_name", "");
        String title = name.isBlank() ? messages.get("onboarding.drafts.untitled") : name.strip();
        String org = values.getOrDefault("company.organization_number", "");
        String applicant = (values.getOrDefault("applicant.first_name", "") + " "
                + values.getOrDefault("applicant.last_name", "")).strip();
        String detail = messages.format("onboarding.drafts.detail", org.isBlank() ? "—" : org.strip(),
                applicant.isBlank() ? "—" : applicant, values.size());
        Instant saved = draft.savedAt();
        String age = saved == null ? "" : messages.format("onboarding.drafts.age",
                DurationText.of(Duration.between(saved, now), messages));
        return new DraftRow(draft.key().substring(prefix.length()), title, detail, saved, age);
    }

    /** Opens the wizard on a new application. */
    public void newAccount() {
        services.navigator().goTo(Place.of(NewAccountWizardViewModel.SCREEN));
    }

    /** Opens the wizard on {@code row}'s application, as it was left. */
    public void resume(DraftRow row) {
        if (row != null) {
            services.navigator().goTo(Place.of(NewAccountWizardViewModel.SCREEN,
                    NewAccountWizardViewModel.DRAFT_PARAM, row.id()));
        }
    }

    /** Copies {@code row}'s application to a new one (a similar merchant) and opens the copy. */
    public void duplicate(DraftRow row) {
        if (row == null) {
            return;
        }
        String prefix = prefix();
        String copyId = UUID.randomUUID().toString();
        Instant now = services.clock().instant();
        services.tasks().writes().read(messages.get("onboarding.task.duplicate"), () -> {
            DraftStore.Draft original = services.drafts().load(prefix + row.id()).orElse(null);
            if (original == null) {
                return false;
            }
            Map<String, String> values = new LinkedHashMap<>(original.values());
            services.drafts().save(new DraftStore.Draft(prefix + copyId, now, values));
            return true;
        }, copied -> {
            if (Boolean.TRUE.equals(copied)) {
                services.navigator().goTo(Place.of(NewAccountWizardViewModel.SCREEN,
                        NewAccountWizardViewModel.DRAFT_PARAM, copyId));
            } else {
                message.set(messages.get("onboarding.drafts.gone"));
                refresh();
            }
        });
    }

    /** Throws {@code row}'s application away, after asking. */
    public void discard(DraftRow row) {
        if (row == null || !services.dialogs().confirm(messages.get("onboarding.discard.title"),
                messages.format("onboarding.discard.named", row.title()), messages.get("onboarding.discard.confirm"))) {
            return;
        }
        String key = prefix() + row.id();
        services.tasks().writes().submit(messages.get("form.task.draft"), () -> services.drafts().delete(key));
        refresh();
    }

    public ObservableList<DraftRow> drafts() {
        return drafts;
    }

    public ReadOnlyObjectProperty<ContentState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the list is empty or failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The drafts as a list, for tests. */
    List<DraftRow> rows() {
        return List.copyOf(drafts);
    }
}
