package io.accountsdesk.app.signin.oidc;

import io.accountsdesk.app.core.Cancellable;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.tasks.BackgroundTask;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.client.auth.OidcTokenResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Single sign-on: the person signs in at their organisation's identity provider in their own browser, and the app
 * trades the code the browser brings back for a Dintero token (OpenID Connect, loopback redirect, PKCE). In the
 * sandbox the provider is the sandbox's stand-in page; elsewhere the person names the provider's authorization
 * endpoint and the OIDC client id once (remembered, neither is secret). The API client the code is traded through
 * (partner, client id and secret) comes from the sign-in form around this way.
 *
 * <p>While the browser is out, the model {@linkplain #waitingProperty() waits} with a cancel; when no browser can be
 * opened it shows the URL to copy and keeps waiting. Every failure lands on the field it concerns, or says what the
 * provider said.
 */
public final class OidcSignInViewModel {

    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment",
            Environment.SANDBOX);
    private final StringProperty authorizationEndpoint = new SimpleStringProperty(this, "authorizationEndpoint", "");
    private final StringProperty oidcClientId = new SimpleStringProperty(this, "oidcClientId", "");
    private final StringProperty authorizationEndpointError = new SimpleStringProperty(this,
            "authorizationEndpointError", "");
    private final StringProperty oidcClientIdError = new SimpleStringProperty(this, "oidcClientIdError", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper browserProblem = new ReadOnlyStringWrapper(this, "browserProblem", "");
    private final ReadOnlyStringWrapper manualUrl = new ReadOnlyStringWrapper(this, "manualUrl", "");
    private final ReadOnlyBooleanWrapper providerNeeded = new ReadOnlyBooleanWrapper(this, "providerNeeded");

    private final OidcSessions sessions;
    private final OidcLogin login;
    private final OidcProviderMemory memory;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;

    /** Opening the client's session and the loopback port; then {@link #waiting}, the wait for the browser. */
    private Cancellable preparing = Cancellable.NONE;
    private Cancellable waitingForCode = Cancellable.NONE;
    private OidcLogin.Pending pending;

    /**
     * @param sessions the sign-in card's shared fields and sessions (see {@link OidcSessions#of})
     * @param memory   where the provider last used per environment is remembered
     */
    public OidcSignInViewModel(OidcSessions sessions, OidcLogin login, OidcProviderMemory memory, TaskRunner tasks,
                               Messages messages) {
        this.sessions = sessions;
        this.login = login;
        this.memory = memory;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        providerNeeded.bind(Bindings.createBooleanBinding(
                () -> environment.get() != null && environment.get() != Environment.SANDBOX, environment));
        authorizationEndpoint.addListener((obs, old, value) -> authorizationEndpointError.set(""));
        oidcClientId.addListener((obs, old, value) -> oidcClientIdError.set(""));
        environment.addListener((obs, old, value) -> {
            clearErrors();
            recall(value);
        });
    }

    private void recall(Environment env) {
        if (env == null || env == Environment.SANDBOX) {
            return;
        }
        memory.recall(env).ifPresent(provider -> {
            authorizationEndpoint.set(provider.authorizationEndpoint().toString());
            oidcClientId.set(provider.clientId());
        });
    }

    /** Checks the input and starts the sign-in in the browser. Returns whether it started. */
    public boolean signIn() {
        if (busy.get()) {
            return false;
        }
        clearErrors();
        Environment env = environment.get();
        Optional<OidcProvider> typed = env == Environment.SANDBOX ? Optional.empty() : validate();
        if (env != Environment.SANDBOX && typed.isEmpty()) {
            return false;
        }
        Optional<SignInRequest> request = sessions.where();
        if (request.isEmpty()) {
            return false;
        }
        busy.set(true);
        status.set(messages.get("oidc.status.preparing"));
        preparing = tasks.run(BackgroundTask.of(messages.get("oidc.task"), task -> {
            Session client = sessions.clientSession(request.get());
            OidcProvider provider = typed.orElseGet(() -> OidcProvider.sandbox(client.baseUrl(),
                    client.client().config().credentials().clientId()));
            try {
                return new Started(client, provider, login.start(provider, client.partnerId()), env);
            } catch (RuntimeException | java.io.IOException failed) {
                sessions.abandon(client);
                throw failed;
            }
        }).onSuccess(this::waitForBrowser).onFailure(this::fail).onCancelled(this::reset));
        return true;
    }

    private record Started(Session client, OidcProvider provider, OidcLogin.Pending pending, Environment env) {
    }

    private void waitForBrowser(Started started) {
        pending = started.pending();
        waiting.set(true);
        status.set(messages.get("oidc.status.waiting"));
        tasks.run(BackgroundTask.of(messages.get("oidc.task.browser"), task -> {
            login.openBrowser(started.pending());
            return started.pending();
        }).onFailure(failure -> {
            // The receiver keeps listening: the person can paste the address into any browser on this computer.
            if (started.pending() == pending) {
                browserProblem.set(messages.format("oidc.error.noBrowser", failure.getMessage()));
                manualUrl.set(started.pending().browserUrl().toString());
            }
        }));
        Session client = started.client();
        waitingForCode = tasks.run(BackgroundTask.of(messages.get("oidc.task"), task -> {
            OidcTokenResponse tokens = login.finish(started.pending(),
                    client.client().cancellable(task.cancellation()).auth(), client.partnerId(),
                    client.client().config().credentials().clientId(), task.cancellation());
            if (started.env() != Environment.SANDBOX) {
                memory.remember(started.env(), started.provider());
            }
            return tokens;
        }).onSuccess(tokens -> {
            reset();
            sessions.signedIn(client, username(tokens), tokens.toTokenResponse());
        }).onFailure(failure -> {
            sessions.abandon(client);
            fail(failure);
        }).onCancelled(() -> {
            sessions.abandon(client);
            reset();
        }));
    }

    /** The provider's e-mail for the person, else their name, else its subject id: what the status bar shows. */
    static String username(OidcTokenResponse tokens) {
        Map<String, Object> claims = tokens.userInfo() == null || tokens.userInfo().value() == null ? Map.of()
                : tokens.userInfo().value();
        for (String claim : new String[]{"email", "name", "sub"}) {
            Object value = claims.get(claim);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "?";
    }

    /** Stops waiting for the browser: the loopback port closes at once and nothing more is accepted. */
    public void cancel() {
        preparing.cancel();
        waitingForCode.cancel();
        reset();
    }

    private void reset() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        preparing = Cancellable.NONE;
        waitingForCode = Cancellable.NONE;
        busy.set(false);
        waiting.set(false);
        status.set("");
        browserProblem.set("");
        manualUrl.set("");
    }

    private Optional<OidcProvider> validate() {
        boolean valid = true;
        URI endpoint = null;
        String text = authorizationEndpoint.get().strip();
        if (text.isEmpty()) {
            authorizationEndpointError.set(messages.get("oidc.error.endpoint.required"));
            valid = false;
        } else {
            endpoint = endpoint(text);
            if (endpoint == null) {
                authorizationEndpointError.set(messages.get("oidc.error.endpoint.invalid"));
                valid = false;
            }
        }
        String clientId = oidcClientId.get().strip();
        if (clientId.isEmpty()) {
            oidcClientIdError.set(messages.get("oidc.error.clientId.required"));
            valid = false;
        }
        return valid ? Optional.of(new OidcProvider(endpoint, clientId)) : Optional.empty();
    }

    /** https, or http only to this computer (a provider run locally): the page is where the person types a password. */
    private static URI endpoint(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean local = "127.0.0.1".equals(host) || "[::1]".equals(host) || "localhost".equalsIgnoreCase(host);
            return host != null && uri.getFragment() == null && ("https".equals(scheme) || "http".equals(scheme) && local)
                    ? uri : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    private void fail(Throwable failure) {
        reset();
        if (failure instanceof OidcFailure oidc) {
            formError.set(switch (oidc.reason()) {
                case PROVIDER_ERROR -> "access_denied".equals(oidc.providerError())
                        ? messages.get("oidc.error.denied")
                        : messages.format("oidc.error.provider", oidc.providerError(),
                                oidc.providerDescription() == null ? "" : oidc.providerDescription());
                case WRONG_STATE -> messages.get("oidc.error.state");
                case NO_CODE -> messages.get("oidc.error.noCode");
                case TIMED_OUT -> messages.format("oidc.error.timeout", OidcLogin.DEFAULT_TIMEOUT.toMinutes());
            });
        } else if (failure instanceof io.accountsdesk.client.http.ApiException.Validation invalid
                && invalid.errors().stream().anyMatch(e -> e.field() != null && e.field().contains("client_id"))
                && providerNeeded.get()) {
            oidcClientIdError.set(messages.format("oidc.error.clientId.refused", errors.describe(failure)));
        } else {
            formError.set(messages.format("oidc.error.failed", errors.describe(failure)));
        }
    }

    private void clearErrors() {
        authorizationEndpointError.set("");
        oidcClientIdError.set("");
        formError.set("");
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public StringProperty authorizationEndpointProperty() {
        return authorizationEndpoint;
    }

    public StringProperty oidcClientIdProperty() {
        return oidcClientId;
    }

    public StringProperty authorizationEndpointErrorProperty() {
        return authorizationEndpointError;
    }

    public StringProperty oidcClientIdErrorProperty() {
        return oidcClientIdError;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The browser is out: the pane says so and offers Cancel. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why no browser opened, or empty. */
    public ReadOnlyStringProperty browserProblemProperty() {
        return browserProblem.getReadOnlyProperty();
    }

    /** The address to open by hand when no browser opened, or empty. */
    public ReadOnlyStringProperty manualUrlProperty() {
        return manualUrl.getReadOnlyProperty();
    }

    public ObservableBooleanValue providerNeededProperty() {
        return providerNeeded.getReadOnlyProperty();
    }
}
