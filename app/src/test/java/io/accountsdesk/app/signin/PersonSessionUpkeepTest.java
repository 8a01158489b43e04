package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SessionFactory;
import io.accountsdesk.app.session.SignInRequest;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.auth.SessionExpired;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.sandbox.SandboxOptions;
import io.accountsdesk.sandbox.users.DemoUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's session over time, on a sandbox whose tokens live two seconds: it renews itself before the token
 * expires, sign-out revokes the refresh token, and a refused renewal brings the card back with the username.
 */
class PersonSessionUpkeepTest {

    private static final Duration TTL = Duration.ofSeconds(2);

    @TempDir
    static Path dataDir;
    static SessionFactory factory;

    @BeforeAll
    static void start() {
        factory = new SessionFactory(SandboxOptions.defaults().withPort(0).withDataDir(dataDir).withReset(true)
                .withAccounts(1).withTokenTtl(TTL), () -> { });
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** The trainee's tokens, signed in through the sandbox's own client. */
    private static TokenResponse traineeTokens(Session clientSession) {
        PasswordSignIn.Step step = new PasswordSignIn(clientSession.client().auth(), clientSession.partnerId())
                .start(DemoUsers.TRAINEE, DemoUsers.PASSWORD);
        assertThat(step).isInstanceOf(PasswordSignIn.SignedIn.class);
        TokenResponse tokens = ((PasswordSignIn.SignedIn) step).tokens();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.expiresIn()).isEqualTo(TTL.toSeconds());
        return tokens;
    }

    @Test
    void theSessionRenewsItsTokenBeforeItExpires() throws Exception {
        Session client = factory.open(SignInRequest.sandbox());
        try (Session person = SessionFactory.openPerson(client, DemoUsers.TRAINEE, SignedInPerson.Way.PASSWORD,
                traineeTokens(client), expired -> { })) {
            var tokens = person.person().orElseThrow().tokens();
            String first = tokens.accessToken();
            var firstExpiry = tokens.expiresAt();
            assertThat(person.client().users().profile().id()).isNotBlank();

            Thread.sleep(TTL.toMillis() + 300); // past the first token's life

            assertThat(person.client().users().profile().id()).isNotBlank();
            assertThat(tokens.accessToken()).isNotEqualTo(first);
            assertThat(tokens.expiresAt()).isAfter(firstExpiry);
            assertThat(tokens.active()).isTrue();
        }
    }

    @Test
    void signingOutRevokesTheRefreshTokenOnTheServer() throws Exception {
        Session client = factory.open(SignInRequest.sandbox());
        TokenResponse tokens = traineeTokens(client);
        Session person = SessionFactory.openPerson(client, DemoUsers.TRAINEE, SignedInPerson.Way.PASSWORD, tokens,
                expired -> { });
        assertThat(person.toString()).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());

        person.close(); // the revoke runs off the calling (UI) thread

        try (Session checker = factory.open(SignInRequest.sandbox())) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            ApiException refused = null;
            while (refused == null && System.nanoTime() < until) {
                try {
                    checker.client().auth().refreshToken(checker.partnerId(), tokens.refreshToken());
                    Thread.sleep(50);
                } catch (ApiException answer) {
                    refused = answer;
                }
            }
            assertThat(refused).as("the refresh token is refused after sign-out").isNotNull();
            assertThat(refused.code()).isEqualTo("invalid_grant");
        }
        assertThatThrownBy(() -> person.person().orElseThrow().tokens().accessToken())
                .isInstanceOf(SessionExpired.class);
    }

    @Test
    void aRefusedRenewalBringsTheCardBackWithTheUsernameAndWhy() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        List<Session> signedIn = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        Messages messages = Messages.load(Locale.ENGLISH);
        SignInViewModel card = new SignInViewModel(factory::open,
                TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage), scheduler,
                messages, signedIn::add, () -> ended.add("left the session"));
        Session client = factory.open(SignInRequest.sandbox());
        TokenResponse tokens = traineeTokens(client);
        card.people().signedIn(client, DemoUsers.TRAINEE, SignedInPerson.Way.PASSWORD, tokens);
        assertThat(signedIn).hasSize(1);
        Session person = signedIn.get(0);
        try (Session other = factory.open(SignInRequest.sandbox())) {
            // Someone revokes the session elsewhere (an admin, another window).
            other.client().auth().revoke(other.partnerId(), tokens.refreshToken());
        }
        Thread.sleep(TTL.toMillis() / 2 + 200); // past the time the session renews

        assertThatThrownBy(() -> person.client().users().profile()).isInstanceOf(SessionExpired.class);
        assertThat(ended).as("told on the UI thread, not on the worker").isEmpty();
        scheduler.runDue();

        assertThat(ended).hasSize(1);
        assertThat(card.wayProperty().get()).isEqualTo(SignInWay.PASSWORD);
        assertThat(card.password().usernameProperty().get()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(card.formErrorProperty().get()).contains(DemoUsers.TRAINEE).contains("Sign in again");
        person.close();
    }
}
