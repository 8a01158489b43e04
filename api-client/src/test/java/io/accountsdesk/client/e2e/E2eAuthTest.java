package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.accountsdesk.client.e2e.E2e.MFA_PHONE;
import static io.accountsdesk.client.e2e.E2e.MFA_TRAINEE;
import static io.accountsdesk.client.e2e.E2e.PASSWORD;
import static io.accountsdesk.client.e2e.E2e.TRAINEE;

import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.auth.AuthApi;
import io.accountsdesk.client.auth.IdTokenClaim;
import io.accountsdesk.client.auth.OidcTokenRequest;
import io.accountsdesk.client.auth.OidcTokenResponse;
import io.accountsdesk.client.auth.OobChannel;
import io.accountsdesk.client.auth.PasswordSignIn;
import io.accountsdesk.client.auth.PasswordlessStart;
import io.accountsdesk.client.auth.PasswordlessUserType;
import io.accountsdesk.client.auth.RedirectRequest;
import io.accountsdesk.client.auth.RedirectResponse;
import io.accountsdesk.client.auth.SessionExpired;
import io.accountsdesk.client.auth.TokenResponse;
import io.accountsdesk.client.auth.UserTokenSource;
import io.accountsdesk.client.auth.VerificationCode;
import io.accountsdesk.client.auth.VerificationCodeRequest;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.users.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in end to end: the typed client's flows ({@link PasswordSignIn}, {@link UserTokenSource}, exchange tokens,
 * passwordless, OIDC) against the sandbox, with the codes read from its outbox.
 */
class E2eAuthTest {

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(3);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    @Test
    void aPasswordUserGetsTokensThatRefreshAndEndOnSignOut() {
        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        PasswordSignIn.Step step = signIn.start(TRAINEE, PASSWORD);

        assertThat(step).isInstanceOf(PasswordSignIn.SignedIn.class);
        TokenResponse tokens = ((PasswordSignIn.SignedIn) step).tokens();
        assertThat(tokens.refreshToken()).isNotBlank();
        AtomicReference<SessionExpired> ended = new AtomicReference<>();
        UserTokenSource session = new UserTokenSource(client().auth(), SANDBOX.partner(), tokens,
                Clock.systemUTC(), ended::set);
        UserProfile profile = client().signedInAs(session).users().profile();
        assertThat(profile.id()).isNotBlank();
        assertThat(profile.accounts()).extracting(UserProfile.Membership::accountId).contains(SANDBOX.partner());

        // The refresh grant, through the client's own token, gives a working token for the same user.
        TokenResponse refreshed = client().auth().refreshToken(SANDBOX.partner(), tokens.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
        UserTokenSource renewed = new UserTokenSource(client().auth(), SANDBOX.partner(), refreshed,
                Clock.systemUTC(), null);
        assertThat(client().signedInAs(renewed).users().profile().id()).isEqualTo(profile.id());

        session.signOut();
        assertThat(session.active()).isFalse();
        assertThatThrownBy(() -> client().auth().refreshToken(SANDBOX.partner(), tokens.refreshToken()))
                .isInstanceOf(ApiException.Validation.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("invalid_grant"));
    }

    @Test
    void aUserTokenSourceRenewsThroughTheRefreshGrantWhenItsTokenIsDue() {
        TokenResponse tokens = ((PasswordSignIn.SignedIn) new PasswordSignIn(client().auth(), SANDBOX.partner())
                .start(TRAINEE, PASSWORD)).tokens();
        MovableClock clock = new MovableClock();
        UserTokenSource session = new UserTokenSource(client().auth(), SANDBOX.partner(), tokens, clock, null);
        assertThat(session.accessToken()).isEqualTo(tokens.accessToken());

        clock.advance(Duration.ofSeconds(tokens.expiresIn()));
        String renewed = session.accessToken();
        assertThat(renewed).isNotEqualTo(tokens.accessToken());
        assertThat(client().signedInAs(session).users().profile().accounts())
                .extracting(UserProfile.Membership::accountId).contains(SANDBOX.partner());

        // Once the refresh token is revoked, the next renewal ends the session instead of failing each call.
        client().auth().revoke(SANDBOX.partner(), tokens.refreshToken());
        clock.advance(Duration.ofSeconds(tokens.expiresIn()));
        assertThatThrownBy(session::accessToken).isInstanceOf(SessionExpired.class);
        assertThat(session.active()).isFalse();
    }

    /** A clock a test moves forward, so token renewal is reached without waiting. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutAnMfaStep() {
        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        assertThatThrownBy(() -> signIn.start(TRAINEE, "not-the-password"))
                .isInstanceOf(ApiException.Validation.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("invalid_grant"));
        assertThat(signIn.current()).isNull();
    }

    @Test
    void anMfaUserPassesTheSmsChallengeWithTheCodeFromTheOutbox() {
        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        PasswordSignIn.Step step = signIn.start(MFA_TRAINEE, PASSWORD);
        assertThat(step).isInstanceOfSatisfying(PasswordSignIn.MfaRequired.class, required -> {
            assertThat(required.recovery()).isFalse();
            assertThat(required.channels()).contains(OobChannel.SMS, OobChannel.EMAIL);
        });

        step = signIn.challenge(OobChannel.SMS);
        assertThat(step).isEqualTo(new PasswordSignIn.ChallengeSent(OobChannel.SMS, "prompt"));
        String code = SANDBOX.backdoor().latestCode(MFA_PHONE, "mfa");

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> signIn.complete(wrong)).isInstanceOf(ApiException.class);
        assertThat(signIn.current()).isInstanceOf(PasswordSignIn.ChallengeSent.class);

        step = signIn.complete(code);
        assertThat(step).isInstanceOf(PasswordSignIn.SignedIn.class);
        TokenResponse tokens = ((PasswordSignIn.SignedIn) step).tokens();
        UserProfile profile = client().signedInAs(new UserTokenSource(client().auth(), SANDBOX.partner(), tokens,
                Clock.systemUTC(), null)).users().profile();
        assertThat(profile.configuration().mfa().sms().enabled()).isTrue();
    }

    @Test
    void recoveryTakesOneCodeOverEachChannel() {
        PasswordSignIn signIn = new PasswordSignIn(client().auth(), SANDBOX.partner());
        PasswordSignIn.Step step = signIn.recover(MFA_TRAINEE, OobChannel.SMS);
        assertThat(step).isInstanceOf(PasswordSignIn.ChallengeSent.class);

        step = signIn.complete(SANDBOX.backdoor().latestCode(MFA_PHONE, "mfa"));
        assertThat(step).isInstanceOfSatisfying(PasswordSignIn.MfaRequired.class, required -> {
            assertThat(required.recovery()).isTrue();
            assertThat(required.channels()).containsExactly(OobChannel.EMAIL);
        });

        assertThat(signIn.challenge(OobChannel.EMAIL)).isInstanceOf(PasswordSignIn.ChallengeSent.class);
        step = signIn.complete(SANDBOX.backdoor().latestCode(MFA_TRAINEE, "mfa"));
        assertThat(step).isInstanceOfSatisfying(PasswordSignIn.SignedIn.class,
                signedIn -> assertThat(signedIn.tokens().refreshToken()).isNotBlank());
    }

    @Test
    void theExchangedTokenActsOnTheSubAccountOnly() {
        String sub = client().accounts().list(AccountQuery.all().withLimit(1), null).items().get(0).accountId();
        TokenResponse exchanged = client().auth().exchangeToken(SANDBOX.partner(), sub);
        assertThat(exchanged.accessToken()).isNotBlank();
        assertThat(exchanged.refreshToken()).isNotBlank();

        ApiClient onSub = client().actingOn(sub);
        assertThat(onSub.settings().get(sub)).isNotNull();
        String stranger = SANDBOX.partner().startsWith("T") ? "T99999999" : "P99999999";
        assertThatThrownBy(() -> client().auth().exchangeToken(SANDBOX.partner(), stranger))
                .isInstanceOf(ApiException.Forbidden.class);
        // A sub-account token cannot reach the partner's list.
        assertThatThrownBy(() -> onSub.settings().get(SANDBOX.partner())).isInstanceOf(ApiException.Forbidden.class);
    }

    @Test
    void passwordlessCodesSignInAndAreRateLimitedPerRecipient() {
        AuthApi auth = client().auth();
        String audience = auth.audience(SANDBOX.partner());
        String clientId = client().config().credentials().clientId();
        PasswordlessStart start = PasswordlessStart.byEmail(audience, clientId, TRAINEE, PasswordlessUserType.COMPANY);
        auth.startPasswordless(SANDBOX.partner(), start);
        String code = SANDBOX.backdoor().latestCode(TRAINEE, "passwordless");

        TokenResponse tokens = auth.passwordlessToken(SANDBOX.partner(), "email", TRAINEE, code, audience);
        assertThat(tokens.accessToken()).isNotBlank();
        // A code works once.
        assertThatThrownBy(() -> auth.passwordlessToken(SANDBOX.partner(), "email", TRAINEE, code, audience))
                .isInstanceOf(ApiException.Validation.class);

        auth.startPasswordless(SANDBOX.partner(), start);
        auth.startPasswordless(SANDBOX.partner(), start);
        assertThatThrownBy(() -> auth.startPasswordless(SANDBOX.partner(), start))
                .isInstanceOfSatisfying(ApiException.RateLimited.class,
                        limited -> assertThat(limited.retryAfter()).isPositive());
    }

    @Test
    void aVerificationCodeMadeForAUserSignsThemIn() {
        AuthApi auth = client().auth();
        String audience = auth.audience(SANDBOX.partner());
        String userId = signedInProfile(TRAINEE).id();
        VerificationCode code = auth.createVerificationCode(SANDBOX.partner(),
                new VerificationCodeRequest(audience, client().config().credentials().clientId(), userId));
        assertThat(code.verificationCode()).matches("\\d{6}");

        TokenResponse tokens = auth.passwordlessToken(SANDBOX.partner(), "email", TRAINEE,
                code.verificationCode(), audience);
        assertThat(client().signedInAs(new UserTokenSource(auth, SANDBOX.partner(), tokens, Clock.systemUTC(), null))
                .users().profile().id()).isEqualTo(userId);
    }

    @Test
    void anExternalLoginsCodeBecomesADinteroToken() {
        String clientId = client().config().credentials().clientId();
        SandboxBackdoor.Reply minted = SANDBOX.backdoor().oidcCode(SANDBOX.partner(), TRAINEE, clientId);
        assertThat(minted.status()).isEqualTo(201);

        OidcTokenResponse answer = client().auth().oidcToken(SANDBOX.partner(), OidcTokenRequest.authorizationCode(
                minted.json().get("code").asText(), clientId, null, client().auth().audience(SANDBOX.partner())));
        assertThat(answer.accessToken()).isNotBlank();
        assertThat(answer.userInfo().subject()).isEqualTo(signedInProfile(TRAINEE).id());
    }

    @Test
    void aRedirectCarriesAnIdTokenWithTheCustomClaims() {
        RedirectResponse redirect = client().auth().redirect(SANDBOX.partner(),
                RedirectRequest.to("https://app.example/cb", Map.of("shop", "oslo"), List.of(IdTokenClaim.NAME)));
        assertThat(redirect.redirectUri()).startsWith("https://app.example/cb?").contains("id_token=");
    }

    private static UserProfile signedInProfile(String username) {
        PasswordSignIn.Step step = new PasswordSignIn(client().auth(), SANDBOX.partner()).start(username, PASSWORD);
        TokenResponse tokens = ((PasswordSignIn.SignedIn) step).tokens();
        return client().signedInAs(new UserTokenSource(client().auth(), SANDBOX.partner(), tokens,
                        Clock.systemUTC(), null))
                .users().profile();
    }
}
