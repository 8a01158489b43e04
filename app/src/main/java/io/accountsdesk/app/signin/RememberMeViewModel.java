package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.app.session.keychain.Keychain;
import io.accountsdesk.app.session.keychain.RememberMe;
import io.accountsdesk.client.auth.TokenResponse;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * "Remember me on this computer" on the sign-in card. Ticked, a person's sign-in keeps their refresh token in the OS
 * keychain (the next start signs them in without the card), and an API client's sign-in keeps the client's secret
 * (the card fills it in, unseen). Unticked, whatever was kept for that place is removed. Without a keychain the box
 * is disabled and says why. Every keychain call runs in the background: the keychain may have to start, or ask.
 */
public final class RememberMeViewModel {

    private final BooleanProperty remember = new SimpleBooleanProperty(this, "remember");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper unavailableReason = new ReadOnlyStringWrapper(this, "unavailableReason", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    private final RememberMe store;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    /** The session whose sign-in is kept: quitting the app leaves it signed in on the server. */
    private Session kept;

    public RememberMeViewModel(RememberMe store, TaskRunner tasks, Messages messages) {
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        remember.addListener((obs, old, value) -> note.set(""));
    }

    /** Asks the keychain whether it can keep anything; until it answers, the box stays disabled. */
    public void checkKeychain() {
        tasks.run(BackgroundTask.of(messages.get("remember.label"), task -> store.availability())
                .onSuccess(this::show));
    }

    private void show(Keychain.Availability availability) {
        available.set(availability.available());
        unavailableReason.set(availability.available() ? ""
                : messages.format("remember.unavailable", availability.reason()));
        if (!availability.available()) {
            remember.set(false);
        }
    }

    /** A person signed in (on the UI thread): keeps or forgets their refresh token, as the box says. */
    void personSignedIn(Session person, SignedInPerson.Way how, TokenResponse tokens) {
        RememberMe.Where where = RememberMe.Where.of(person);
        if (!remember.get() || !available.get()) {
            kept = null;
            if (available.get()) {
                write(() -> store.forgetPerson(where));
            }
            return;
        }
        if (tokens.refreshToken() == null || tokens.refreshToken().isBlank()) {
            kept = null;
            note.set(messages.get("remember.nothingToKeep"));
            return;
        }
        kept = person;
        tasks.run(BackgroundTask.of(messages.get("remember.label"), task -> store.rememberPerson(where, how, tokens))
                .onFailure(failure -> {
                    kept = null;
                    note.set(messages.format("remember.notKept", failure.getMessage()));
                }));
    }

    /** An API client signed in with the secret typed on the card: keeps or forgets that secret, as the box says. */
    void clientSignedIn(SignInRequest request, Session session) {
        if (!available.get() || request.environment() == Environment.SANDBOX || request.clientSecret() == null) {
            return;
        }
        RememberMe.Where where = RememberMe.Where.of(session);
        String clientId = request.clientId();
        if (!remember.get()) {
            write(() -> store.forgetClientSecret(where, clientId));
            return;
        }
        String secret = request.clientSecret();
        tasks.run(BackgroundTask.of(messages.get("remember.label"), task -> {
            store.rememberClientSecret(where, clientId, secret);
            return Boolean.TRUE;
        }).onFailure(failure -> note.set(messages.format("remember.notKept", failure.getMessage()))));
    }

    /**
     * Fills {@code secret} with the remembered secret of the API client at that place, if there is one and the field
     * is still empty when the keychain answers. The secret is never shown: the field is a password field.
     */
    public void fillClientSecret(Environment environment, String baseUrl, String partnerId, String clientId,
                                 StringProperty secret) {
        if (environment == null || environment == Environment.SANDBOX || clientId == null || clientId.isBlank()) {
            return;
        }
        RememberMe.Where where = new RememberMe.Where(environment, baseUrl, partnerId);
        tasks.run(BackgroundTask.of(messages.get("remember.label"), task -> store.clientSecret(where, clientId))
                .onSuccess(found -> found.ifPresent(value -> {
                    if (secret.get().isEmpty()) {
                        secret.set(value);
                        remember.set(true);
                    }
                })));
    }

    /** The person signed out: their kept sign-in is removed, so the next start shows the card. */
    public void signedOut(Session session) {
        if (session.person().isPresent()) {
            kept = null;
            RememberMe.Where where = RememberMe.Where.of(session);
            write(() -> store.forgetPerson(where));
        }
    }

    /** Whether quitting should leave {@code session} signed in on the server, for the next start. */
    public boolean keepsSignInOf(Session session) {
        return session != null && session == kept;
    }

    /**
     * Signs the person remembered at the place the card last used in again, without the card. When the server
     * refuses (or cannot be asked), the card stays with the reason under this box.
     *
     * @param sessions opens the API client's session (the refresh grant goes through it); blocking
     * @param nobody   run on the UI thread when nobody is remembered there: the app starts as it would without this
     */
    public void restore(Environment environment, String baseUrl, String partnerId, String clientId,
                        Function<SignInRequest, Session> sessions, PersonSignIn people, Runnable nobody) {
        if (environment == null) {
            nobody.run();
            return;
        }
        RememberMe.Where where = new RememberMe.Where(environment, baseUrl, partnerId);
        tasks.run(BackgroundTask.of(messages.get("remember.restoring"), task -> {
            if (!store.availability().available() || !store.remembersPerson(where)) {
                return Optional.<Restoring>empty();
            }
            SignInRequest request;
            if (environment == Environment.SANDBOX) {
                request = SignInRequest.sandbox();
            } else {
                Optional<String> secret = store.clientSecret(where, clientId);
                if (secret.isEmpty()) {
                    return Optional.<Restoring>empty(); // the refresh grant needs the client's own token
                }
                request = new SignInRequest(environment, environment.needsBaseUrl() ? baseUrl : environment.baseUrl(),
                        partnerId, clientId, secret.get());
            }
            Session client = sessions.apply(request);
            RememberMe.Restored restored = store.restorePerson(client);
            if (!(restored instanceof RememberMe.Restored.SignedIn)) {
                client.close();
            }
            return Optional.of(new Restoring(client, restored));
        }).onSuccess(outcome -> {
            if (outcome.isEmpty()) {
                nobody.run();
                return;
            }
            switch (outcome.get().restored()) {
                case RememberMe.Restored.SignedIn in -> {
                    show(store.availability()); // known by now: asked in the task
                    remember.set(true);
                    people.signedIn(outcome.get().client(), in.username(), in.how(), in.tokens());
                }
                case RememberMe.Restored.Refused refused ->
                        note.set(messages.format("remember.refused", refused.why().getMessage()));
                case RememberMe.Restored.Failed failed ->
                        note.set(messages.format("remember.failed", errors.describe(failed.why())));
                case RememberMe.Restored.Nobody none -> nobody.run();
            }
        }).onFailure(failure -> note.set(messages.format("remember.failed", errors.describe(failure)))));
    }

    private record Restoring(Session client, RememberMe.Restored restored) {
    }

    private void write(Runnable work) {
        tasks.run(BackgroundTask.of(messages.get("remember.label"), task -> {
            work.run();
            return Boolean.TRUE;
        }));
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Why the box is disabled, or empty. */
    public ReadOnlyStringProperty unavailableReasonProperty() {
        return unavailableReason.getReadOnlyProperty();
    }

    /** What became of the last "remember" (nothing to keep, the keychain refused), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
