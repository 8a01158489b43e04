package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.preferences.PreferencesService;
import io.accountsdesk.app.preferences.PreferencesStore;
import io.accountsdesk.app.session.Environment;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.app.session.keychain.InMemoryKeychain;
import io.accountsdesk.app.session.keychain.NoKeychain;
import io.accountsdesk.app.session.keychain.RememberMe;
import io.accountsdesk.app.shell.ShellViewModel;
import io.accountsdesk.app.signin.oidc.OidcProvider;
import io.accountsdesk.app.signin.oidc.OidcProviderFile;
import io.accountsdesk.sandbox.SandboxCredentials;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember me" on the sign-in card against a real sandbox: a remembered person comes back at the next start without
 * the card, a refusal brings the card back saying why, sign-out forgets, and without a keychain nothing is kept at all
 * (not in the preferences, not in any file of the config dir).
 */
class RememberMeCardTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    @TempDir
    Path configDir;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
    private final List<Session> signedIn = new ArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.start(dataDir, 1);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void closeSessions() {
        signedIn.forEach(Session::closeKeepingSignIn);
    }

    private SignInViewModel card(RememberMe remember) {
        SignInViewModel card = new SignInViewModel(sandbox.factory()::open, tasks, UiScheduler.IMMEDIATE, messages,
                signedIn::add, () -> { }, remember);
        card.remember().checkKeychain();
        return card;
    }

    private void signInByPassword(SignInViewModel card) {
        card.wayProperty().set(SignInWay.PASSWORD);
        card.password().usernameProperty().set(DemoUsers.TRAINEE);
        card.password().passwordProperty().set(DemoUsers.PASSWORD);
        assertThat(card.password().signIn()).isTrue();
    }

    @Test
    void aRememberedPersonIsBackAtTheNextStartWithoutTheCardUntilTheySignOut() {
        InMemoryKeychain keychain = new InMemoryKeychain();
        SignInViewModel card = card(new RememberMe(keychain));
        assertThat(card.remember().availableProperty().get()).isTrue();
        card.remember().rememberProperty().set(true);

        signInByPassword(card);

        assertThat(signedIn).hasSize(1);
        Session first = signedIn.getFirst();
        assertThat(keychain.entries).hasSize(1);
        assertThat(keychain.entries.values().iterator().next()).startsWith("PASSWORD ");
        assertThat(card.remember().keepsSignInOf(first)).isTrue();

        // The app quits keeping the sign-in, and starts again.
        first.closeKeepingSignIn();
        signedIn.clear();
        SignInViewModel next = card(new RememberMe(keychain));
        AtomicBoolean cardNeeded = new AtomicBoolean();
        next.remember().restore(Environment.SANDBOX, "", "", "", sandbox.factory()::open, next.people(),
                () -> cardNeeded.set(true));

        assertThat(cardNeeded).isFalse();
        assertThat(signedIn).hasSize(1);
        Session again = signedIn.getFirst();
        SignedInPerson person = again.person().orElseThrow();
        assertThat(person.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(person.how()).isEqualTo(SignedInPerson.Way.PASSWORD);
        assertThat(again.client().users().profile().id()).isNotBlank();
        assertThat(next.remember().rememberProperty().get()).isTrue();
        assertThat(next.remember().keepsSignInOf(again)).isTrue();

        // Signing out forgets: the start after that shows the card.
        next.remember().signedOut(again);
        assertThat(keychain.entries).isEmpty();
        SignInViewModel third = card(new RememberMe(keychain));
        third.remember().restore(Environment.SANDBOX, "", "", "", sandbox.factory()::open, third.people(),
                () -> cardNeeded.set(true));
        assertThat(cardNeeded).isTrue();
    }

    @Test
    void aRememberedSignInTheServerRefusesBringsTheCardBackSayingWhy() {
        InMemoryKeychain keychain = new InMemoryKeychain();
        SignInViewModel card = card(new RememberMe(keychain));
        card.remember().rememberProperty().set(true);
        signInByPassword(card);
        Session first = signedIn.removeFirst();
        first.person().orElseThrow().tokens().signOut(); // revoked on the server, still in the keychain
        first.closeKeepingSignIn();
        assertThat(keychain.entries).hasSize(1);

        SignInViewModel next = card(new RememberMe(keychain));
        AtomicBoolean cardNeeded = new AtomicBoolean();
        next.remember().restore(Environment.SANDBOX, "", "", "", sandbox.factory()::open, next.people(),
                () -> cardNeeded.set(true));

        assertThat(signedIn).isEmpty();
        assertThat(next.remember().noteProperty().get()).startsWith("Your remembered sign-in is no longer accepted");
        assertThat(keychain.entries).isEmpty();
        // The card stays (with the note) rather than signing in as the API client as if nothing had happened.
        assertThat(cardNeeded).isFalse();
    }

    @Test
    void unticked_aPreviouslyRememberedPersonIsForgotten() {
        InMemoryKeychain keychain = new InMemoryKeychain();
        SignInViewModel card = card(new RememberMe(keychain));
        card.remember().rememberProperty().set(true);
        signInByPassword(card);
        assertThat(keychain.entries).hasSize(1);

        SignInViewModel next = card(new RememberMe(keychain));
        signInByPassword(next);

        assertThat(keychain.entries).isEmpty();
        assertThat(next.remember().keepsSignInOf(signedIn.getLast())).isFalse();
    }

    @Test
    void anApiClientsSecretIsKeptAndFillsTheCardNextTime() {
        InMemoryKeychain keychain = new InMemoryKeychain();
        SandboxCredentials credentials = sandbox.sandbox().credentials();
        String baseUrl = sandbox.session().baseUrl();
        SignInViewModel card = card(new RememberMe(keychain));
        card.prefill(Environment.CUSTOM, baseUrl, credentials.partnerId(), credentials.clientId());
        card.clientSecretProperty().set(credentials.clientSecret());
        card.remember().rememberProperty().set(true);

        assertThat(card.signIn()).isTrue();

        assertThat(signedIn).hasSize(1);
        assertThat(card.clientSecretProperty().get()).isEmpty();
        assertThat(keychain.entries).containsValue(credentials.clientSecret());
        SignInViewModel next = card(new RememberMe(keychain));
        next.prefill(Environment.CUSTOM, baseUrl, credentials.partnerId(), credentials.clientId());
        next.remember().fillClientSecret(Environment.CUSTOM, baseUrl, credentials.partnerId(), credentials.clientId(),
                next.clientSecretProperty());
        assertThat(next.clientSecretProperty().get()).isEqualTo(credentials.clientSecret());
        assertThat(next.remember().rememberProperty().get()).isTrue();
    }

    @Test
    void withoutAKeychainTheBoxIsDisabledWithTheReasonAndNothingIsWrittenAnywhere() throws IOException {
        PreferencesService preferences = new PreferencesService(new PreferencesStore(configDir),
                new PreferencesStore(configDir).load(), tasks, "save");
        ShellViewModel shell = new ShellViewModel(messages, preferences, new Activity(UiScheduler.IMMEDIATE), false);
        OidcProviderFile providers = new OidcProviderFile(configDir);
        providers.remember(Environment.TEST, new OidcProvider(URI.create("https://login.example/authorize"), "desk"));
        SignInViewModel card = new SignInViewModel(sandbox.factory()::open, tasks, UiScheduler.IMMEDIATE, messages,
                session -> {
                    shell.signedIn(session);
                    signedIn.add(session);
                }, () -> { }, new RememberMe(new NoKeychain("no Secret Service on this desktop")));
        card.remember().checkKeychain();

        assertThat(card.remember().availableProperty().get()).isFalse();
        assertThat(card.remember().unavailableReasonProperty().get()).isEqualTo(
                "Not available: this computer has no keychain Accounts Desk can use (no Secret Service on this desktop).");
        card.remember().rememberProperty().set(true);
        assertThat(card.remember().rememberProperty().get()).isTrue(); // even if ticked by other means…

        SandboxCredentials credentials = sandbox.sandbox().credentials();
        card.prefill(Environment.CUSTOM, sandbox.session().baseUrl(), credentials.partnerId(), credentials.clientId());
        card.clientSecretProperty().set(credentials.clientSecret());
        assertThat(card.signIn()).isTrue();
        assertThat(card.clientSecretProperty().get()).isEmpty(); // not kept once it served
        card.clientSecretProperty().set(credentials.clientSecret()); // a person's way goes through the client too
        signInByPassword(card);
        preferences.update(p -> p); // the preferences are written out
        tasks.writes().flush();

        assertThat(signedIn).hasSize(2);
        assertThat(card.remember().keepsSignInOf(signedIn.getLast())).isFalse();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(configDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the preferences and the provider were written").hasSizeGreaterThanOrEqualTo(2);
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(content).as(file.toString()).doesNotContain(credentials.clientSecret(), DemoUsers.PASSWORD,
                    "refresh_token", "access_token");
        }
    }
}
