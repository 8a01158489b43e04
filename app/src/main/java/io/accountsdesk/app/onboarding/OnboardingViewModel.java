package io.accountsdesk.app.onboarding;

import io.accountsdesk.app.core.AccountCreated;
import io.accountsdesk.app.core.DialogService;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.ApplicantInput;
import io.accountsdesk.client.signup.AcceptedPrefill;
import io.accountsdesk.client.signup.NewPrefill;
import io.accountsdesk.client.signup.Prefill;
import io.accountsdesk.client.signup.SignupTokens;
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

    /** A signup or pre-filled form sent to a merchant and not finished, as the list shows it. */
    public record WaitingRow(WaitingSignups.Waiting waiting, String title, String kind, String detail, String age) {
    }

    private final SessionServices services;
    private final Messages messages;
    private final ObservableList<DraftRow> drafts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ContentState> state = new ReadOnlyObjectWrapper<>(this, "state",
            ContentState.LOADING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<WaitingRow> waiting = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper waitingMessage = new ReadOnlyStringWrapper(this, "waitingMessage", "");
    private final WaitingSignups notes;

    public OnboardingViewModel(SessionServices services) {
        this.services = services;
        this.messages = services.messages();
        this.notes = new WaitingSignups(services);
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
        services.tasks().writes().read(messages.get("onboarding.task.waiting"), () -> {
            try {
                return notes.list();
            } catch (RuntimeException failed) {
                return null;
            }
        }, found -> {
            if (found == null) {
                waitingMessage.set(messages.get("onboarding.drafts.error"));
                return;
            }
            Instant now = services.clock().instant();
            waiting.setAll(found.stream().map(w -> waitingRow(w, now)).toList());
            waitingMessage.set(waiting.isEmpty() ? messages.get("onboarding.waiting.empty") : "");
        });
    }

    private WaitingRow waitingRow(WaitingSignups.Waiting w, Instant now) {
        String title = w.name().isBlank() ? messages.get("onboarding.drafts.untitled") : w.name();
        boolean signup = w.kind() == WaitingSignups.Kind.SIGNUP;
        String kind = messages.get(signup ? "onboarding.waiting.signup" : "onboarding.waiting.prefill");
        String detail = signup ? messages.format("onboarding.waiting.signupDetail", w.email())
                : messages.format("onboarding.waiting.prefillDetail", w.email(), w.id());
        String age = w.sentAt() == null ? "" : messages.format("onboarding.drafts.age",
                DurationText.of(Duration.between(w.sentAt(), now), messages));
        return new WaitingRow(w, title, kind, detail, age);
    }

    /**
     * Finishes what {@code row} waits for. A signup: asks for the code e-mailed to the applicant (in the sandbox, says
     * where its outbox shows it) and verifies it. A pre-filled form: reads it from the server, shows it, and on the
     * user's word accepts it for the merchant. Either way the account is created and the note dropped.
     */
    public void finish(WaitingRow row) {
        if (row == null) {
            return;
        }
        if (row.waiting().kind() == WaitingSignups.Kind.SIGNUP) {
            verify(row);
        } else {
            reviewPrefill(row);
        }
    }

    private void verify(WaitingRow row) {
        WaitingSignups.Waiting w = row.waiting();
        String outbox = notes.sandboxOutbox(w.email());
        String label = messages.format("onboarding.verify.label", w.email())
                + (outbox.isEmpty() ? "" : "\n" + messages.format("onboarding.sandbox.outbox", outbox));
        String code = services.dialogs().prompt(messages.format("onboarding.verify.title", row.title()), label, "")
                .map(String::strip).orElse("");
        if (code.isEmpty()) {
            return;
        }
        services.tasks().run(BackgroundTask.of(
                        messages.format("onboarding.task.verify", row.title()),
                        task -> services.api(task).signup().verify(code, false))
                .onSuccess((SignupTokens tokens) -> {
                    notes.forget(w);
                    announce(tokens.accountId(), row.title());
                    refresh();
                })
                .onFailure(failure -> waitingMessage.set(messages.format("onboarding.verify.failed", row.title(),
                        services.errors().describe(failure)))));
    }

    private void reviewPrefill(WaitingRow row) {
        WaitingSignups.Waiting w = row.waiting();
        services.tasks().run(BackgroundTask.of(
                        messages.format("onboarding.task.readPrefill", row.title()),
                        task -> services.api(task).signup().getPrefill(w.id()))
                .onSuccess((Prefill prefill) -> {
                    if (!services.dialogs().confirm(messages.format("onboarding.prefill.title", row.title()),
                            describe(prefill), messages.get("onboarding.prefill.accept"))) {
                        return;
                    }
                    accept(row, prefill);
                })
                .onFailure(failure -> waitingMessage.set(messages.format("onboarding.prefill.readFailed",
                        row.title(), services.errors().describe(failure)))));
    }

    private void accept(WaitingRow row, Prefill prefill) {
        WaitingSignups.Waiting w = row.waiting();
        NewPrefill asIs = new NewPrefill(
                prefill.prefillId(), ApplicantInput.from(prefill.applicant()),
                prefill.company(), prefill.billing(), prefill.accountManager());
        services.tasks().run(BackgroundTask.of(
                        messages.format("onboarding.task.accept", row.title()),
                        task -> services.api(task).signup().acceptPrefill(w.id(), asIs, false))
                .onSuccess((AcceptedPrefill accepted) -> {
                    notes.forget(w);
                    announce(accepted.accountId(), row.title());
                    refresh();
                })
                .onFailure(failure -> waitingMessage.set(messages.format("onboarding.prefill.acceptFailed",
                        row.title(), services.errors().describe(failure)))));
    }

    /** What a pre-filled form holds, as the confirmation shows it before it is accepted. */
    private String describe(Prefill prefill) {
        var company = prefill.company();
        var applicant = prefill.applicant();
        String org = company == null || company.organizationNumber() == null ? "—" : company.organizationNumber();
        String name = company == null || company.businessName() == null ? "—" : company.businessName();
        String person = applicant == null ? "—" : (String.valueOf(applicant.firstName()) + " "
                + String.valueOf(applicant.lastName()) + " <" + applicant.email() + ">").replace("null", "").strip();
        String manager = prefill.accountManager() == null || prefill.accountManager().email() == null ? "—"
                : prefill.accountManager().email();
        return messages.format("onboarding.prefill.describe", name, org, person, manager);
    }

    /** Tells every screen of the new account (the list reads its page again) and the user. */
    private void announce(String accountId, String title) {
        services.dialogs().notify(DialogService.NoticeKind.SUCCESS,
                messages.format("onboarding.created", title, accountId));
        services.tasks().run(BackgroundTask.of(
                        messages.format("account.task.load", accountId),
                        task -> services.api(task).accounts().get(accountId))
                .onSuccess((Account account) ->
                        services.events().publish(new AccountCreated(account))));
    }

    /** Drops the note of {@code row} (the merchant will not finish, or it was finished elsewhere), after asking. */
    public void forget(WaitingRow row) {
        if (row == null || !services.dialogs().confirm(messages.get("onboarding.waiting.forgetTitle"),
                messages.format("onboarding.waiting.forgetMessage", row.title()),
                messages.get("onboarding.waiting.forget"))) {
            return;
        }
        notes.forget(row.waiting());
        refresh();
    }

    public ObservableList<WaitingRow> waiting() {
        return waiting;
    }

    /** Why the waiting list is empty, or what went wrong finishing one; empty otherwise. */
    public ReadOnlyStringProperty waitingMessageProperty() {
        return waitingMessage.getReadOnlyProperty();
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

    /** Opens bulk onboarding from a CSV file. */
    public void bulk() {
        services.navigator().goTo(Place.of(io.accountsdesk.app.onboarding.bulk.BulkOnboardingViewModel.SCREEN));
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
