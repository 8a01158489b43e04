package io.accountsdesk.app.signin.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.ApiConfig;
import io.accountsdesk.client.ClientCredentials;
import io.accountsdesk.sandbox.SandboxCredentials;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Single sign-on end to end against a real sandbox: the test's "browser" is the person, who clicks through the
 * sandbox's stand-in provider page and comes back to the app's loopback receiver.
 */
class OidcSignInViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final List<Session> signedIn = new CopyOnWriteArrayList<>();
    private final List<SignInRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Session> clientSessions = new CopyOnWriteArrayList<>();
    private ExecutorService workers;

    @AfterEach
    void close() {
        signedIn.forEach(Session::close);
        clientSessions.forEach(Session::close);
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /**
     * The sign-in card around the way, reduced to what the way asks of it: a fresh client session per sign-in on the
     * test's sandbox (in whichever environment the request names), and the person's session made as the card makes it.
     */
    private final class Card implements OidcSessions {

        Environment environment = Environment.SANDBOX;

        @Override
        public Optional<SignInRequest> where() {
            return Optional.of(environment == Environment.SANDBOX ? SignInRequest.sandbox()
                    : new SignInRequest(environment, null, "T12300000", "client", "secret"));
        }

        @Override
        public Session clientSession(SignInRequest request) {
            requests.add(request);
            SandboxCredentials credentials = sandbox.sandbox().credentials();
            String baseUrl = sandbox.session().baseUrl();
            ApiClient client = ApiClient.create(ApiConfig.of(baseUrl, credentials.partnerId(),
                    new ClientCredentials(credentials.clientId(), credentials.clientSecret())));
            Session session = new Session(request.environment(), baseUrl, credentials.partnerId(), client);
            clientSessions.add(session);
            return session;
        }

        @Override
        public void abandon(Session clientSession) {
            clientSession.close();
        }

        @Override
        public void signedIn(Session clientSession, String username, TokenResponse tokens) {
            clientSessions.remove(clientSession); // the person's session closes it
            signedIn.add(SessionFactory.openPerson(clientSession, username, SignedInPerson.Way.OIDC, tokens,
                    expired -> { }));
        }
    }

    private final Card card = new Card();

    private OidcSignInViewModel model(SystemBrowser browser, TaskRunner tasks, Duration timeout,
                                      OidcProviderMemory memory) {
        OidcLogin login = new OidcLogin(browser, new CallbackPages(messages.get("oidc.callback.title"),
                messages.get("oidc.callback.done"), messages.get("oidc.callback.failed")), new SecureRandom(), timeout);
        OidcSignInViewModel model = new OidcSignInViewModel(card, login, memory, tasks, messages);
        model.environmentProperty().set(card.environment);
        return model;
    }

    private OidcSignInViewModel model(SystemBrowser browser) {
        return model(browser, synchronous(), OidcLogin.DEFAULT_TIMEOUT, OidcProviderMemory.NONE);
    }

    private static TaskRunner synchronous() {
        return TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
    }

    /** Work on real threads, so the test can act while the model waits for the browser. */
    private TaskRunner background() {
        workers = Executors.newCachedThreadPool();
        return TaskRunner.using(workers, Runnable::run, new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
    }

    @Test
    void thePersonSignsInAtTheProviderAndTheAppGetsTheirSession() throws Exception {
        SandboxUser person = new SandboxUser(SandboxUser.Does.SIGN_IN, DemoUsers.TRAINEE);
        OidcSignInViewModel model = model(person);
        assertThat(model.providerNeededProperty().get()).isFalse();

        assertThat(model.signIn()).isTrue();

        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(signedIn).hasSize(1);
        Session session = signedIn.getFirst();
        SignedInPerson who = session.person().orElseThrow();
        assertThat(who.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(who.how()).isEqualTo(SignedInPerson.Way.OIDC);
        // The session acts as the person: /account/user answers for them.
        assertThat(session.client().users().profile().accounts()).anySatisfy(m ->
                assertThat(m.user().email()).isEqualTo(DemoUsers.TRAINEE));

        URI opened = person.opened().getFirst();
        assertThat(opened.getPath()).endsWith(OidcProvider.SANDBOX_AUTHORIZE_PATH);
        assertThat(opened.getQuery()).contains("code_challenge_method=S256", "redirect_uri=http://127.0.0.1:");
        assertThat(person.lastPage().statusCode()).isEqualTo(200);
        assertThat(person.lastPage().body()).contains(messages.get("oidc.callback.done"));
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.waitingProperty().get()).isFalse();
        // The loopback port closed once the code came.
        int port = Integer.parseInt(opened.getQuery().replaceAll(".*redirect_uri=http://127\\.0\\.0\\.1:(\\d+).*", "$1"));
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndNobodyIsSignedIn() {
        SandboxUser person = new SandboxUser(SandboxUser.Does.COME_BACK_WITH_ANOTHER_STATE, DemoUsers.TRAINEE);
        OidcSignInViewModel model = model(person);

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.formErrorProperty().get()).isEqualTo(messages.get("oidc.error.state"));
        assertThat(person.lastPage().statusCode()).isEqualTo(400);
        assertThat(person.lastPage().body()).contains(messages.get("oidc.callback.failed"));
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(clientSessions).hasSize(1);
    }

    @Test
    void cancellingAtTheProviderSaysSo() {
        SandboxUser person = new SandboxUser(SandboxUser.Does.CANCEL_AT_PROVIDER, DemoUsers.TRAINEE);
        OidcSignInViewModel model = model(person);

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.formErrorProperty().get()).isEqualTo(messages.get("oidc.error.denied"));
        // Then the person tries again and signs in: nothing of the failed attempt is left in the way.
        OidcSignInViewModel again = model(new SandboxUser(SandboxUser.Does.SIGN_IN, DemoUsers.TRAINEE));
        again.signIn();
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void cancelStopsWaitingAndClosesTheLoopbackPort() throws Exception {
        SandboxUser person = new SandboxUser(SandboxUser.Does.NOTHING, DemoUsers.TRAINEE);
        TaskRunner tasks = background();
        OidcSignInViewModel model = model(person, tasks, OidcLogin.DEFAULT_TIMEOUT, OidcProviderMemory.NONE);

        model.signIn();
        await(() -> model.waitingProperty().get() && !person.opened().isEmpty());
        assertThat(model.statusProperty().get()).isEqualTo(messages.get("oidc.status.waiting"));
        int port = Integer.parseInt(person.opened().getFirst().getQuery()
                .replaceAll(".*redirect_uri=http://127\\.0\\.0\\.1:(\\d+).*", "$1"));
        new Socket("127.0.0.1", port).close(); // listening while it waits

        model.cancel();

        assertThat(model.waitingProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        await(() -> tasks.runningTasks().isEmpty());
        assertThat(signedIn).isEmpty();
        assertThat(model.formErrorProperty().get()).isEmpty();
    }

    @Test
    void nobodyComingBackInTimeEndsTheSignInWithAMessage() {
        OidcSignInViewModel model = model(new SandboxUser(SandboxUser.Does.NOTHING, DemoUsers.TRAINEE), synchronous(),
                Duration.ofMillis(300), OidcProviderMemory.NONE);

        model.signIn();

        assertThat(model.formErrorProperty().get())
                .isEqualTo(messages.format("oidc.error.timeout", OidcLogin.DEFAULT_TIMEOUT.toMinutes()));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void withoutABrowserTheAddressIsShownToCopyAndTheAppKeepsWaiting() throws Exception {
        SandboxUser person = new SandboxUser(SandboxUser.Does.HAS_NO_BROWSER, DemoUsers.MFA_TRAINEE);
        OidcSignInViewModel model = model(person, background(), OidcLogin.DEFAULT_TIMEOUT, OidcProviderMemory.NONE);

        model.signIn();
        await(() -> !model.manualUrlProperty().get().isEmpty());
        assertThat(model.browserProblemProperty().get()).contains("no display here");
        assertThat(model.waitingProperty().get()).isTrue();

        // The person pastes the address into a browser of their own.
        person.clickThrough(URI.create(model.manualUrlProperty().get()), SandboxUser.Does.SIGN_IN);
        await(() -> !signedIn.isEmpty());
        assertThat(signedIn.getFirst().person().orElseThrow().username()).isEqualTo(DemoUsers.MFA_TRAINEE);
        assertThat(model.manualUrlProperty().get()).isEmpty();
    }

    @Test
    void outsideTheSandboxTheProviderIsAskedForCheckedAndRemembered() {
        Map<Environment, OidcProvider> remembered = new java.util.EnumMap<>(Environment.class);
        OidcProviderMemory memory = new OidcProviderMemory() {
            @Override
            public Optional<OidcProvider> recall(Environment environment) {
                return Optional.ofNullable(remembered.get(environment));
            }

            @Override
            public void remember(Environment environment, OidcProvider provider) {
                remembered.put(environment, provider);
            }
        };
        remembered.put(Environment.PRODUCTION, new OidcProvider(URI.create("https://login.example/authorize"), "desk"));
        SandboxUser person = new SandboxUser(SandboxUser.Does.SIGN_IN, DemoUsers.TRAINEE);
        OidcSignInViewModel model = model(person, synchronous(), OidcLogin.DEFAULT_TIMEOUT, memory);

        card.environment = Environment.TEST;
        model.environmentProperty().set(Environment.TEST);
        assertThat(model.providerNeededProperty().get()).isTrue();
        assertThat(model.signIn()).isFalse();
        assertThat(model.authorizationEndpointErrorProperty().get())
                .isEqualTo(messages.get("oidc.error.endpoint.required"));
        assertThat(model.oidcClientIdErrorProperty().get()).isEqualTo(messages.get("oidc.error.clientId.required"));
        model.authorizationEndpointProperty().set("http://login.example/authorize");
        model.oidcClientIdProperty().set("desk");
        assertThat(model.oidcClientIdErrorProperty().get()).isEmpty();
        assertThat(model.signIn()).isFalse();
        assertThat(model.authorizationEndpointErrorProperty().get())
                .isEqualTo(messages.get("oidc.error.endpoint.invalid"));
        assertThat(requests).isEmpty();
        assertThat(person.opened()).isEmpty();

        // A provider on this computer may speak http: here, the sandbox's page stands in for it.
        String endpoint = sandbox.session().baseUrl() + OidcProvider.SANDBOX_AUTHORIZE_PATH;
        model.authorizationEndpointProperty().set(endpoint);
        model.oidcClientIdProperty().set(sandbox.sandbox().credentials().clientId());
        assertThat(model.signIn()).isTrue();
        assertThat(signedIn).hasSize(1);
        assertThat(remembered.get(Environment.TEST))
                .isEqualTo(new OidcProvider(URI.create(endpoint), sandbox.sandbox().credentials().clientId()));

        model.environmentProperty().set(Environment.PRODUCTION);
        assertThat(model.authorizationEndpointProperty().get()).isEqualTo("https://login.example/authorize");
        assertThat(model.oidcClientIdProperty().get()).isEqualTo("desk");
    }

    @Test
    void theUsernameComesFromTheProvidersClaims() {
        assertThat(OidcSignInViewModel.username(new io.accountsdesk.client.auth.OidcTokenResponse("a", "Bearer", 60L,
                new io.accountsdesk.client.auth.OidcUserInfo(Map.of("sub", "u-1", "name", "Ada"), null))))
                .isEqualTo("Ada");
        assertThat(OidcSignInViewModel.username(new io.accountsdesk.client.auth.OidcTokenResponse("a", "Bearer", 60L,
                null))).isEqualTo("?");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(20);
        }
    }
}
