package io.accountsdesk.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.SandboxOutbox;
import io.accountsdesk.app.TestPeople;
import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.app.core.ManualScheduler;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.UiScheduler;
import io.accountsdesk.app.core.tasks.Activity;
import io.accountsdesk.app.core.tasks.TaskRunner;
import io.accountsdesk.app.session.Session;
import io.accountsdesk.app.session.SignedInPerson;
import io.accountsdesk.app.signin.PasswordWayViewModel.Stage;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.PasswordlessConnection;
import io.accountsdesk.client.authusers.NewAuthUser;
import io.accountsdesk.sandbox.users.DemoUsers;
import io.accountsdesk.sandbox.users.Totp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person signs in on the card against a real sandbox: by password with and without a second factor (SMS, e-mail,
 * authenticator app), by recovery, and by a one-time code with the server's "not yet". Codes are read from the
 * sandbox's outbox, as the person would read their phone.
 */
class PersonSignInViewModelTest {

    @TempDir
    static Path dataDir;
    static TestSandbox sandbox;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final TaskRunner tasks = TaskRunner.synchronous(new Activity(UiScheduler.IMMEDIATE), Throwable::getMessage);
    private final ManualScheduler scheduler = new ManualScheduler();
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
        signedIn.forEach(Session::close);
    }

    private SignInViewModel card(SignInWay way) {
        SignInViewModel card = new SignInViewModel(sandbox.factory()::open, tasks, scheduler, messages,
                signedIn::add, () -> { });
        card.wayProperty().set(way);
        return card;
    }

    private SignedInPerson onlyPerson() {
        assertThat(signedIn).hasSize(1);
        return signedIn.get(0).person().orElseThrow();
    }

    @Test
    void aPersonWithoutSecondFactorSignsInByPasswordAndTheFieldIsEmptiedOnceSent() {
        SignInViewModel card = card(SignInWay.PASSWORD);
        PasswordWayViewModel way = card.password();
        way.usernameProperty().set(DemoUsers.TRAINEE);
        way.passwordProperty().set(DemoUsers.PASSWORD);

        assertThat(way.signIn()).isTrue();

        SignedInPerson person = onlyPerson();
        assertThat(person.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(person.how()).isEqualTo(SignedInPerson.Way.PASSWORD);
        assertThat(way.passwordProperty().get()).isEmpty();
        assertThat(signedIn.get(0).partnerId()).isEqualTo(sandbox.session().partnerId());
        // The session acts as the person: the server knows who is asking.
        assertThat(signedIn.get(0).client().users().profile().accounts())
                .anySatisfy(m -> assertThat(m.accountId()).isEqualTo(sandbox.session().partnerId()));
        assertThat(person.toString()).doesNotContain(person.tokens().accessToken());
    }

    @Test
    void aWrongPasswordLandsOnThePasswordFieldAndKeepsTheUsername() {
        SignInViewModel card = card(SignInWay.PASSWORD);
        PasswordWayViewModel way = card.password();
        way.usernameProperty().set(DemoUsers.TRAINEE);
        way.passwordProperty().set("not-" + DemoUsers.PASSWORD);

        way.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(way.passwordErrorProperty().get()).contains("not accepted");
        assertThat(way.usernameErrorProperty().get()).isEmpty();
        assertThat(card.formErrorProperty().get()).isEmpty();
        assertThat(way.usernameProperty().get()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(way.passwordProperty().get()).as("a refused password is typed again, never kept").isEmpty();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CREDENTIALS);
    }

    @Test
    void outsideTheSandboxAPersonSignsInThroughTheApiClientTypedOnTheCard() {
        SignInViewModel card = card(SignInWay.PASSWORD);
        card.environmentProperty().set(io.accountsdesk.app.session.Environment.CUSTOM);
        card.baseUrlProperty().set(sandbox.session().baseUrl());
        PasswordWayViewModel way = card.password();
        way.usernameProperty().set(DemoUsers.TRAINEE);
        way.passwordProperty().set(DemoUsers.PASSWORD);

        assertThat(way.signIn()).as("the client is needed too").isFalse();
        assertThat(card.partnerIdErrorProperty().get()).isNotEmpty();
        assertThat(card.clientSecretErrorProperty().get()).isNotEmpty();
        assertThat(signedIn).isEmpty();

        var credentials = sandbox.sandbox().credentials();
        card.partnerIdProperty().set(credentials.partnerId());
        card.clientIdProperty().set(credentials.clientId());
        card.clientSecretProperty().set(credentials.clientSecret());
        way.passwordProperty().set(DemoUsers.PASSWORD);
        assertThat(way.signIn()).isTrue();

        SignedInPerson person = onlyPerson();
        assertThat(person.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(signedIn.get(0).environment()).isEqualTo(io.accountsdesk.app.session.Environment.CUSTOM);
        assertThat(card.clientSecretProperty().get()).as("the client's secret is not kept either").isEmpty();
    }

    @Test
    void emptyFieldsAreSaidOnTheirFieldsBeforeAnythingIsSent() {
        PasswordWayViewModel way = card(SignInWay.PASSWORD).password();
        assertThat(way.signIn()).isFalse();
        assertThat(way.usernameErrorProperty().get()).isNotEmpty();
        assertThat(way.passwordErrorProperty().get()).isNotEmpty();
    }

    @Test
    void aSecondFactorBySmsWithTheCodeFromThePhone() {
        PasswordWayViewModel way = signInNeedingMfa();
        assertThat(way.channels()).containsExactly(OobChannel.SMS, OobChannel.EMAIL);

        assertThat(way.sendCode(OobChannel.SMS)).isTrue();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CODE);
        assertThat(way.stepTextProperty().get()).contains("SMS");
        way.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_PHONE, "mfa"));
        way.submitCode();

        assertThat(onlyPerson().username()).isEqualTo(DemoUsers.MFA_TRAINEE);
        assertThat(way.codeProperty().get()).isEmpty();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CREDENTIALS);
    }

    @Test
    void aWrongCodeStaysOnTheCodeFieldAndTheOtherChannelStillWorks() {
        PasswordWayViewModel way = signInNeedingMfa();
        way.sendCode(OobChannel.SMS);
        way.codeProperty().set(SandboxOutbox.wrong(
                SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_PHONE, "mfa")));

        way.submitCode();

        assertThat(signedIn).isEmpty();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CODE);
        assertThat(way.codeErrorProperty().get()).contains("not accepted");
        assertThat(way.codeProperty().get()).isEmpty();

        // Switch channel: the code goes by e-mail instead.
        way.sendCode(OobChannel.EMAIL);
        assertThat(way.sentOverProperty().get()).isEqualTo(OobChannel.EMAIL);
        assertThat(way.codeErrorProperty().get()).isEmpty();
        way.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_TRAINEE, "mfa"));
        way.submitCode();

        assertThat(onlyPerson().username()).isEqualTo(DemoUsers.MFA_TRAINEE);
    }

    @Test
    void aLostPhoneIsRecoveredWithTwoCodesOverTwoChannels() {
        PasswordWayViewModel way = signInNeedingMfa();
        way.lostPhone();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.RECOVERY);
        assertThat(way.recoveringProperty().get()).isTrue();

        assertThat(way.recover(OobChannel.SMS)).isTrue();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CODE);
        way.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_PHONE, "mfa"));
        way.submitCode();

        assertThat(signedIn).as("one code is not enough to recover").isEmpty();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CHOOSE_FACTOR);
        assertThat(way.channels()).containsExactly(OobChannel.EMAIL);
        assertThat(way.stepTextProperty().get()).contains("other channel");

        way.sendCode(OobChannel.EMAIL);
        way.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.MFA_TRAINEE, "mfa"));
        way.submitCode();

        assertThat(onlyPerson().username()).isEqualTo(DemoUsers.MFA_TRAINEE);
    }

    @Test
    void aSecondFactorFromAnAuthenticatorApp() throws Exception {
        // A user of its own, so that no other test meets the second factor turned on here.
        String username = "totp.person@nordvik.example";
        sandbox.session().client().authUsers().create(sandbox.session().partnerId(),
                new NewAuthUser(username, null, null, DemoUsers.PASSWORD));
        String secret = turnOnTotpFor(username);
        SignInViewModel card = card(SignInWay.PASSWORD);
        PasswordWayViewModel way = card.password();
        way.usernameProperty().set(username);
        way.passwordProperty().set(DemoUsers.PASSWORD);
        way.signIn();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CHOOSE_FACTOR);
        assertThat(way.channels()).as("no code can be sent to this user: the app only").isEmpty();

        way.useAuthenticator();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CODE);
        assertThat(way.authenticatorProperty().get()).isTrue();
        way.codeProperty().set(SandboxOutbox.wrong(Totp.code(secret, Instant.now())));
        way.submitCode();
        assertThat(way.codeErrorProperty().get()).contains("not accepted");
        // The code that turned TOTP on is spent; the next period's is the one the app shows next.
        way.codeProperty().set(Totp.code(secret, Instant.now().plusSeconds(Totp.PERIOD_SECONDS)));
        way.submitCode();

        assertThat(onlyPerson().username()).isEqualTo(username);
    }

    @Test
    void aOneTimeCodeByEmailSignsAPersonInWithoutPassword() {
        SignInViewModel card = card(SignInWay.ONE_TIME_CODE);
        OneTimeCodeWayViewModel way = card.oneTimeCode();
        way.emailProperty().set(DemoUsers.TRAINEE);

        assertThat(way.sendCode()).isTrue();
        assertThat(way.stageProperty().get()).isEqualTo(OneTimeCodeWayViewModel.Stage.CODE);
        assertThat(way.sentTextProperty().get()).contains(DemoUsers.TRAINEE);
        way.codeProperty().set(SandboxOutbox.wrong(
                SandboxOutbox.latestCode(sandbox.session(), DemoUsers.TRAINEE, "passwordless")));
        way.submitCode();
        assertThat(way.codeErrorProperty().get()).contains("not accepted");
        assertThat(signedIn).isEmpty();

        way.codeProperty().set(SandboxOutbox.latestCode(sandbox.session(), DemoUsers.TRAINEE, "passwordless"));
        way.submitCode();

        SignedInPerson person = onlyPerson();
        assertThat(person.username()).isEqualTo(DemoUsers.TRAINEE);
        assertThat(person.how()).isEqualTo(SignedInPerson.Way.PASSWORDLESS);
        assertThat(signedIn.get(0).client().users().profile().id()).isNotBlank();
    }

    @Test
    void aBadAddressIsSaidOnItsFieldBeforeAnythingIsSent() {
        OneTimeCodeWayViewModel way = card(SignInWay.ONE_TIME_CODE).oneTimeCode();
        way.emailProperty().set("trainee.nordvik.example");
        int before = SandboxOutbox.count(sandbox.session(), "trainee.nordvik.example");
        assertThat(way.sendCode()).isFalse();
        assertThat(way.emailErrorProperty().get()).contains("not an e-mail address");
        assertThat(SandboxOutbox.count(sandbox.session(), "trainee.nordvik.example")).isEqualTo(before);
    }

    @Test
    void tooManyCodesCountDownUntilTheServerSendsAgain() {
        OneTimeCodeWayViewModel way = card(SignInWay.ONE_TIME_CODE).oneTimeCode();
        way.emailProperty().set(DemoUsers.MFA_TRAINEE);
        way.channelProperty().set(PasswordlessConnection.SMS);
        // The sandbox sends three codes a minute to one phone; the fourth is "not yet".
        for (int i = 0; i < 3; i++) {
            assertThat(way.sendCode()).isTrue();
            assertThat(way.stageProperty().get()).isEqualTo(OneTimeCodeWayViewModel.Stage.CODE);
            way.startOver();
        }
        assertThat(way.retryInProperty().get()).isZero();

        assertThat(way.sendCode()).isTrue();

        int wait = way.retryInProperty().get();
        assertThat(wait).isBetween(1, 60);
        assertThat(way.stageProperty().get()).isEqualTo(OneTimeCodeWayViewModel.Stage.REQUEST);
        assertThat(way.waitTextProperty().get()).isEqualTo("You can ask again in " + wait + " s");
        assertThat(way.canSendProperty().get()).isFalse();
        assertThat(way.sendCode()).as("the send action waits").isFalse();

        scheduler.runDue();
        assertThat(way.retryInProperty().get()).isEqualTo(wait - 1);
        for (int tick = 1; tick < wait; tick++) {
            scheduler.runDue();
        }
        assertThat(way.retryInProperty().get()).isZero();
        assertThat(way.waitTextProperty().get()).isEmpty();
        assertThat(way.canSendProperty().get()).isTrue();
        assertThat(scheduler.pendingCount()).isZero();
    }

    /** Signs the MFA trainee in by password up to the second factor. */
    private PasswordWayViewModel signInNeedingMfa() {
        SignInViewModel card = card(SignInWay.PASSWORD);
        PasswordWayViewModel way = card.password();
        way.usernameProperty().set(DemoUsers.MFA_TRAINEE);
        way.passwordProperty().set(DemoUsers.PASSWORD);
        way.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(way.stageProperty().get()).isEqualTo(Stage.CHOOSE_FACTOR);
        assertThat(way.stepTextProperty().get()).contains("second step");
        return way;
    }

    /** Turns the authenticator app on for {@code username} as that user, and returns the app's secret. */
    private static String turnOnTotpFor(String username) throws Exception {
        try (Session person = TestPeople.signIn(sandbox.session(), username, DemoUsers.PASSWORD)) {
            String token = person.person().orElseThrow().tokens().accessToken();
            JsonNode associated = putTotp(token, "{\"enabled\":true}");
            String secret = associated.path("secret").asText();
            assertThat(secret).isNotBlank();
            putTotp(token, "{\"enabled\":true,\"user_code\":\"" + Totp.code(secret, Instant.now()) + "\"}");
            return secret;
        }
    }

    private static JsonNode putTotp(String accessToken, String body) throws Exception {
        String base = sandbox.session().baseUrl().replaceAll("/+$", "");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/account/user/mfa/totp"))
                    .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
            return answer.body().isBlank() ? new ObjectMapper().createObjectNode()
                    : new ObjectMapper().readTree(answer.body());
        }
    }
}
