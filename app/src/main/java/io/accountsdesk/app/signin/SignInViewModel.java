package io.accountsdesk.app.signin;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.client.AccountIds;
import io.accountsdesk.client.http.ApiException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in: choose where to work and, outside the sandbox, who to be. Input is checked field by field before anything
 * is sent, and each way sign-in can fail (a wrong secret, an unreachable server, an unknown partner) lands on the
 * field it concerns, with the typed values kept.
 */
public final class SignInViewModel {

    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment",
            Environment.SANDBOX);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty partnerId = new SimpleStringProperty(this, "partnerId", "");
    private final StringProperty clientId = new SimpleStringProperty(this, "clientId", "");
    private final StringProperty clientSecret = new SimpleStringProperty(this, "clientSecret", "");

    private final StringProperty baseUrlError = new SimpleStringProperty(this, "baseUrlError", "");
    private final StringProperty partnerIdError = new SimpleStringProperty(this, "partnerIdError", "");
    private final StringProperty clientIdError = new SimpleStringProperty(this, "clientIdError", "");
    private final StringProperty clientSecretError = new SimpleStringProperty(this, "clientSecretError", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final javafx.beans.property.ReadOnlyStringWrapper busyText =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "busyText", "");
    private final BooleanProperty credentialsNeeded = new SimpleBooleanProperty(this, "credentialsNeeded");
    private final BooleanProperty baseUrlNeeded = new SimpleBooleanProperty(this, "baseUrlNeeded");

    private final ObjectProperty<SignInWay> way = new SimpleObjectProperty<>(this, "way", SignInWay.API_CLIENT);

    private final Function<SignInRequest, Session> sessions;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Consumer<Session> onSignedIn;
    private final Runnable onSessionEnded;
    private final PersonSignIn people;
    private final PasswordWayViewModel password;
    private final OneTimeCodeWayViewModel oneTimeCode;
    private final RememberMeViewModel remember;
    private final io.accountsdesk.app.session.SandboxRecovery sandboxRecovery;
    /** Why the embedded sandbox could not open its data, while the card offers a way out; {@code null} otherwise. */
    private final javafx.beans.property.ObjectProperty<io.accountsdesk.app.session.SandboxUnavailable.Reason>
            sandboxTrouble = new javafx.beans.property.SimpleObjectProperty<>(this, "sandboxTrouble");
    private Cancellable running = Cancellable.NONE;

    /**
     * A card for tests that need neither timing nor the end of a person's session.
     *
     * @param sessions   opens a session; blocking, so it runs as a background task
     * @param onSignedIn receives the session on the UI thread once sign-in worked
     */
    public SignInViewModel(Function<SignInRequest, Session> sessions, TaskRunner tasks, Messages messages,
                           Consumer<Session> onSignedIn) {
        this(sessions, tasks, UiScheduler.IMMEDIATE, messages, onSignedIn, () -> { });
    }

    /** A card that remembers nothing: no keychain. */
    public SignInViewModel(Function<SignInRequest, Session> sessions, TaskRunner tasks, UiScheduler scheduler,
                           Messages messages, Consumer<Session> onSignedIn, Runnable onSessionEnded) {
        this(sessions, tasks, scheduler, messages, onSignedIn, onSessionEnded,
                new io.accountsdesk.app.session.keychain.RememberMe(
                        new io.accountsdesk.app.session.keychain.NoKeychain("not asked for")));
    }

    /**
     * @param sessions       opens an API client's session; blocking, so it runs as a background task
     * @param scheduler      times the one-time code's "ask again in N s" and brings a person's expired session back
     *                       to the UI thread
     * @param onSignedIn     receives the session on the UI thread once sign-in worked
     * @param onSessionEnded told on the UI thread when the server would not renew a person's session: the app leaves
     *                       the session, and this card says why with the person's username filled in
     * @param remember       the OS keychain's "remember me" (see {@link RememberMeViewModel})
     */
    public SignInViewModel(Function<SignInRequest, Session> sessions, TaskRunner tasks, UiScheduler scheduler,
                           Messages messages, Consumer<Session> onSignedIn, Runnable onSessionEnded,
                           io.accountsdesk.app.session.keychain.RememberMe remember) {
        this(sessions, tasks, scheduler, messages, onSignedIn, onSessionEnded, remember,
                io.accountsdesk.app.session.SandboxRecovery.NONE);
    }

    /**
     * @param sandboxRecovery the ways out offered when the embedded sandbox cannot open its data: start afresh from
     *                        damaged data, or, when another app holds it, show that app or use data of its own
     */
    public SignInViewModel(Function<SignInRequest, Session> sessions, TaskRunner tasks, UiScheduler scheduler,
                           Messages messages, Consumer<Session> onSignedIn, Runnable onSessionEnded,
                           io.accountsdesk.app.session.keychain.RememberMe remember,
                           io.accountsdesk.app.session.SandboxRecovery sandboxRecovery) {
        this.sandboxRecovery = sandboxRecovery;
        this.sessions = sessions;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.onSignedIn = onSignedIn;
        this.onSessionEnded = onSessionEnded;
        this.people = new PersonSignIn(this, this::checkedRequest, sessions, tasks, scheduler, messages);
        this.password = new PasswordWayViewModel(people);
        this.oneTimeCode = new OneTimeCodeWayViewModel(people);
        this.remember = new RememberMeViewModel(remember, tasks, messages);
        credentialsNeeded.bind(Bindings.createBooleanBinding(
                () -> environment.get() != null && environment.get().needsCredentials(), environment));
        baseUrlNeeded.bind(Bindings.createBooleanBinding(
                () -> environment.get() != null && environment.get().needsBaseUrl(), environment));
        // An error describes what was typed; once the user edits that field it no longer applies.
        baseUrl.addListener((obs, old, value) -> baseUrlError.set(""));
        partnerId.addListener((obs, old, value) -> partnerIdError.set(""));
        clientId.addListener((obs, old, value) -> clientIdError.set(""));
        clientSecret.addListener((obs, old, value) -> clientSecretError.set(""));
        environment.addListener((obs, old, value) -> {
            clearErrors();
            startOver();
        });
        way.addListener((obs, old, value) -> {
            formError.set("");
            startOver();
        });
        // A person's way waiting for a code must not keep an API client session for a place no longer chosen.
        for (StringProperty where : java.util.List.of(baseUrl, partnerId, clientId, clientSecret)) {
            where.addListener((obs, old, value) -> people.forgetClientSession());
        }
    }

    /** Every person's way back at its first step, and the API client's session it held closed. */
    private void startOver() {
        password.startOver();
        oneTimeCode.startOver();
        people.forgetClientSession();
    }

    /**
     * The environment and API client as typed, checked field by field; empty (with the errors shown) when they do
     * not hold. A person's way needs them as much as the API client's way: see {@link PersonSignIn}.
     */
    Optional<SignInRequest> checkedRequest() {
        clearErrors();
        Environment env = environment.get();
        if (!validate(env)) {
            return Optional.empty();
        }
        return Optional.of(env == Environment.SANDBOX ? SignInRequest.sandbox()
                : new SignInRequest(env, env.needsBaseUrl() ? baseUrl.get().strip() : env.baseUrl(),
                        partnerId.get().strip(), clientId.get().strip(), clientSecret.get()));
    }

    /** Checks the input and, if it holds, signs in in the background. Returns whether a sign-in started. */
    public boolean signIn() {
        if (busy.get()) {
            return false;
        }
        Optional<SignInRequest> checked = checkedRequest();
        if (checked.isEmpty()) {
            return false;
        }
        SignInRequest request = checked.get();
        Environment env = request.environment();
        busy.set(true);
        String description = env == Environment.SANDBOX ? messages.get("signIn.task.sandbox")
                : messages.get("signIn.task.remote");
        busyText.set(description + "…");
        running = tasks.run(description, task -> sessions.apply(request), session -> {
            busy.set(false);
            remember.clientSignedIn(request, session);
            clientSecret.set("");
            onSignedIn.accept(session);
        }, failure -> {
            busy.set(false);
            showFailure(failure, request);
        });
        return true;
    }

    /** Hands a session to the app; the API client's secret is not kept once it has served. */
    void signedIn(Session session) {
        clientSecret.set("");
        onSignedIn.accept(session);
    }

    /**
     * The server would not renew the tokens of the person who signed in as {@code username}: the app leaves the
     * session, and the card comes back on that person's way with their username, saying why.
     */
    void sessionExpired(String username, io.accountsdesk.app.session.SignedInPerson.Way how) {
        onSessionEnded.run();
        switch (how) {
            case PASSWORD -> {
                way.set(SignInWay.PASSWORD);
                password.usernameProperty().set(username);
            }
            case PASSWORDLESS -> {
                way.set(SignInWay.ONE_TIME_CODE);
                oneTimeCode.emailProperty().set(username);
            }
            case OIDC -> {
                // Left on the way on show: single sign-on's pane may not be wired, and then its toggle is hidden.
            }
        }
        formError.set(messages.format("signIn.person.expired", username));
    }

    /**
     * The person left their session to work on another partner: a person's tokens and the API client belong to one
     * partner, so that is a new sign-in here, with the partner filled in and the way and username kept.
     */
    public void signInTo(String partner) {
        if (environment.get() != Environment.CUSTOM) {
            environment.set(partner.startsWith("P") ? Environment.PRODUCTION : Environment.TEST);
        }
        partnerId.set(partner);
        clientId.set("");
        formError.set(messages.format("signIn.person.switchTo", partner));
    }

    /** Shows a failure of a person's way that belongs to no field of its own (the server is down, say). */
    void showFormError(String text) {
        formError.set(text);
    }

    /** Busy with a person's way: the shared fields stay as they are until it answers. */
    void busy(boolean value, String text) {
        busy.set(value);
        busyText.set(value ? text + "…" : "");
    }

    public ObjectProperty<SignInWay> wayProperty() {
        return way;
    }

    /** "Remember me on this computer". */
    public RememberMeViewModel remember() {
        return remember;
    }

    /** What a person's way (including single sign-on, wired from outside) builds on. */
    public PersonSignIn people() {
        return people;
    }

    public PasswordWayViewModel password() {
        return password;
    }

    public OneTimeCodeWayViewModel oneTimeCode() {
        return oneTimeCode;
    }

    public void cancel() {
        running.cancel();
        busy.set(false);
    }

    private boolean validate(Environment env) {
        if (env == null) {
            formError.set(messages.get("signIn.error.environment"));
            return false;
        }
        if (!env.needsCredentials()) {
            return true;
        }
        boolean valid = true;
        if (env.needsBaseUrl()) {
            String url = baseUrl.get().strip();
            if (url.isEmpty()) {
                baseUrlError.set(messages.get("signIn.error.baseUrl.required"));
                valid = false;
            } else if (!isHttpUrl(url)) {
                baseUrlError.set(messages.get("signIn.error.baseUrl.invalid"));
                valid = false;
            } else if (!io.accountsdesk.client.ApiConfig.encryptedOrLocal(url)) {
                baseUrlError.set(messages.get("signIn.error.baseUrl.plainHttp"));
                valid = false;
            }
        }
        String partner = partnerId.get().strip();
        if (partner.isEmpty()) {
            partnerIdError.set(messages.get("signIn.error.partnerId.required"));
            valid = false;
        } else if (!AccountIds.isPartnerId(partner)) {
            partnerIdError.set(messages.format("signIn.error.partnerId.pattern", partner));
            valid = false;
        } else if (env.requiredPrefix() != null && partner.charAt(0) != env.requiredPrefix()) {
            partnerIdError.set(messages.format(env == Environment.PRODUCTION
                    ? "signIn.error.partnerId.notProduction" : "signIn.error.partnerId.notTest", partner));
            valid = false;
        }
        if (clientId.get().isBlank()) {
            clientIdError.set(messages.get("signIn.error.clientId.required"));
            valid = false;
        }
        if (clientSecret.get().isEmpty()) {
            clientSecretError.set(messages.get("signIn.error.clientSecret.required"));
            valid = false;
        }
        return valid;
    }

    private static boolean isHttpUrl(String text) {
        try {
            java.net.URI uri = new java.net.URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private void showFailure(Throwable failure, SignInRequest request) {
        io.accountsdesk.app.session.SandboxUnavailable unavailable = sandboxUnavailable(failure);
        if (unavailable != null && request.environment() == Environment.SANDBOX) {
            formError.set(messages.format(switch (unavailable.reason()) {
                case DAMAGED -> "signIn.sandbox.damaged";
                case HELD_BY_APP -> "signIn.sandbox.heldByApp";
                case HELD -> "signIn.sandbox.held";
            }, unavailable.dataDir()));
            sandboxTrouble.set(unavailable.reason());
        } else if (failure instanceof ApiException.Unauthorized) {
            clientSecretError.set(messages.get("signIn.error.rejected"));
        } else if (failure instanceof ApiException.NotFound && request.environment().needsCredentials()) {
            partnerIdError.set(messages.format("signIn.error.partnerId.unknown", request.partnerId()));
        } else if (request.environment() == Environment.SANDBOX && !(failure instanceof ApiException)) {
            // An answer from the API (a 429 under load, say) means the sandbox did start: only the rest is its start.
            formError.set(messages.format("signIn.error.sandbox", errors.describe(failure)));
        } else {
            formError.set(errors.describe(failure));
        }
    }

    private static io.accountsdesk.app.session.SandboxUnavailable sandboxUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.accountsdesk.app.session.SandboxUnavailable unavailable) {
                return unavailable;
            }
        }
        return null;
    }

    /** Damaged sandbox data: sets the file aside (kept, renamed) and signs in to new demo data. */
    public void startSandboxAfresh() {
        recoverAndSignIn(messages.get("signIn.task.sandboxAfresh"), sandboxRecovery::startAfresh);
    }

    /** Sandbox data held by another: signs in to a sandbox with data of its own, for as long as this app runs. */
    public void useSeparateSandbox() {
        recoverAndSignIn(messages.get("signIn.task.sandbox"), sandboxRecovery::useDataOfItsOwn);
    }

    private void recoverAndSignIn(String title, Runnable recovery) {
        if (busy.get() || sandboxTrouble.get() == null) {
            return;
        }
        sandboxTrouble.set(null);
        formError.set("");
        busy.set(true);
        busyText.set(title + "…");
        running = tasks.run(title, task -> {
            recovery.run();
            return sessions.apply(SignInRequest.sandbox());
        }, session -> {
            busy.set(false);
            onSignedIn.accept(session);
        }, failure -> {
            busy.set(false);
            showFailure(failure, SignInRequest.sandbox());
        });
    }

    /**
     * Sandbox data held by another Accounts Desk: asks it to come to the front, and this one closes. If it does not
     * answer, the card says so and still offers a sandbox of its own.
     */
    public void showRunningApp() {
        if (busy.get() || sandboxTrouble.get() != io.accountsdesk.app.session.SandboxUnavailable.Reason.HELD_BY_APP) {
            return;
        }
        busy.set(true);
        String title = messages.get("signIn.task.showRunning");
        busyText.set(title + "…");
        running = tasks.run(title, task -> sandboxRecovery.handOverToRunningApp(), answered -> {
            busy.set(false);
            if (!answered) {
                sandboxTrouble.set(io.accountsdesk.app.session.SandboxUnavailable.Reason.HELD);
                formError.set(messages.get("signIn.sandbox.runningGone"));
            }
        }, failure -> {
            busy.set(false);
            formError.set(errors.describe(failure));
        });
    }

    /** Why the embedded sandbox could not open its data while the card offers a way out; {@code null} otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<io.accountsdesk.app.session.SandboxUnavailable.Reason>
            sandboxTroubleProperty() {
        return sandboxTrouble;
    }

    private void clearErrors() {
        sandboxTrouble.set(null);
        baseUrlError.set("");
        partnerIdError.set("");
        clientIdError.set("");
        clientSecretError.set("");
        formError.set("");
    }

    /** Fills the form from remembered settings or launch options; the secret is never remembered. */
    public void prefill(Environment env, String url, String partner, String client) {
        environment.set(env);
        baseUrl.set(url == null ? "" : url);
        partnerId.set(partner == null ? "" : partner);
        clientId.set(client == null ? "" : client);
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty partnerIdProperty() {
        return partnerId;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty clientSecretProperty() {
        return clientSecret;
    }

    public StringProperty baseUrlErrorProperty() {
        return baseUrlError;
    }

    public StringProperty partnerIdErrorProperty() {
        return partnerIdError;
    }

    public StringProperty clientIdErrorProperty() {
        return clientIdError;
    }

    public StringProperty clientSecretErrorProperty() {
        return clientSecretError;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    /** What is happening while busy: starting the sandbox takes longer than signing in, and says so. */
    public javafx.beans.property.ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty credentialsNeededProperty() {
        return credentialsNeeded;
    }

    public BooleanProperty baseUrlNeededProperty() {
        return baseUrlNeeded;
    }
}
