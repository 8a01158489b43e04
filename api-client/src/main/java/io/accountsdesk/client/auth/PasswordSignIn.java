package io.accountsdesk.client.auth;

import io.accountsdesk.client.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Signs a user in with username and password, one step at a time, so a sign-in screen can drive it:
 * <ol>
 *   <li>{@link #start} answers {@link SignedIn}, or {@link MfaRequired} when the account wants a second factor;</li>
 *   <li>{@link #challenge} sends a code over the channel the user picked and answers {@link ChallengeSent};</li>
 *   <li>{@link #complete} trades the code the user typed for {@link SignedIn}. A wrong code throws and leaves the
 *       sign-in at {@link ChallengeSent}, so the user can try again or ask for another code.</li>
 * </ol>
 * A user who lost a factor starts with {@link #recover} instead: recovery is two challenges over different channels,
 * and the server marks the first one done by answering {@code mfa_required} again, which arrives here as a second
 * {@link MfaRequired} that offers only the channels not used yet.
 *
 * <p>The password is passed through and never kept; the MFA token and the challenge's code live only inside this
 * object and are forgotten once signed in. Methods are synchronized: a screen may call them from a worker thread.
 * The calls use the {@link AuthApi} of the client, whose Bearer token the seed requires for the password grant.
 */
public final class PasswordSignIn {

    /** The token endpoint's error code when a second factor is needed. */
    public static final String MFA_REQUIRED = "mfa_required";

    /** Where a sign-in stands after a step. */
    public sealed interface Step permits SignedIn, MfaRequired, ChallengeSent {
    }

    /** Done: the user's tokens, ready for a {@link UserTokenSource}. */
    public record SignedIn(TokenResponse tokens) implements Step {
    }

    /**
     * A second factor is needed: let the user pick one of {@code channels} and call {@link #challenge}.
     *
     * @param recovery whether this is the second half of an MFA recovery
     */
    public record MfaRequired(List<OobChannel> channels, boolean recovery) implements Step {
        public MfaRequired {
            channels = List.copyOf(channels);
        }
    }

    /**
     * A code is on its way over {@code channel}; ask the user for it and call {@link #complete}.
     *
     * @param bindingMethod {@code prompt} when the user types the code they received
     */
    public record ChallengeSent(OobChannel channel, String bindingMethod) implements Step {
    }

    private final AuthApi auth;
    private final String accountId;
    private final String audience;

    private Step step;
    private String mfaToken;
    private String oobCode;
    private boolean recovery;
    private final Set<OobChannel> usedChannels = new LinkedHashSet<>();

    /**
     * A sign-in to {@code accountId} for the audience the client uses for that account.
     *
     * @param auth the client's auth API (its transport carries the client's Bearer token)
     */
    public PasswordSignIn(AuthApi auth, String accountId) {
        this(auth, accountId, auth.audience(accountId));
    }

    public PasswordSignIn(AuthApi auth, String accountId, String audience) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.audience = audience;
    }

    /** Sends username and password; starts over if an earlier sign-in was under way. */
    public synchronized Step start(String username, String password) {
        forget();
        try {
            return signedIn(auth.passwordToken(accountId, username, password, audience));
        } catch (ApiException refused) {
            return mfaRequiredOrThrow(refused);
        }
    }

    /** Starts MFA recovery for {@code username}: the first code goes over {@code channel}. */
    public synchronized Step recover(String username, OobChannel channel) {
        forget();
        recovery = true;
        MfaChallenge answer;
        try {
            answer = auth.mfaRecovery(accountId, MfaRecoveryRequest.oob(channel, username, audience));
        } catch (ApiException refused) {
            // The seed's recovery text can also be read as "the recovery call itself answers mfa_required".
            return mfaRequiredOrThrow(refused);
        }
        mfaToken = answer.mfaToken();
        return sent(channel, answer);
    }

    /** Sends a code over {@code channel}; also resends, or switches channel, while waiting for a code. */
    public synchronized Step challenge(OobChannel channel) {
        if (!(step instanceof MfaRequired || step instanceof ChallengeSent) || mfaToken == null) {
            throw new IllegalStateException("No sign-in is waiting for a second factor.");
        }
        return sent(channel, auth.mfaChallenge(accountId, MfaChallengeRequest.oob(channel, mfaToken)));
    }

    /** Sends the code the user received. */
    public synchronized Step complete(String code) {
        if (!(step instanceof ChallengeSent)) {
            throw new IllegalStateException("No code has been sent yet.");
        }
        try {
            return signedIn(auth.mfaOobToken(accountId, mfaToken, oobCode, code));
        } catch (ApiException refused) {
            return mfaRequiredOrThrow(refused);
        }
    }

    /**
     * Completes the sign-in with the code the user's authenticator app (TOTP) shows: no challenge is needed, so this
     * works from {@link MfaRequired} as well as after a code was sent. A wrong code throws and leaves the step as it
     * was.
     */
    public synchronized Step completeWithAuthenticator(String otp) {
        if (!(step instanceof MfaRequired || step instanceof ChallengeSent) || mfaToken == null) {
            throw new IllegalStateException("No sign-in is waiting for a second factor.");
        }
        try {
            return signedIn(auth.mfaOtpToken(accountId, mfaToken, otp));
        } catch (ApiException refused) {
            return mfaRequiredOrThrow(refused);
        }
    }

    /** The last step reached, or {@code null} before {@link #start}. */
    public synchronized Step current() {
        return step;
    }

    private Step sent(OobChannel channel, MfaChallenge answer) {
        oobCode = answer.oobCode();
        usedChannels.add(channel);
        step = new ChallengeSent(channel, answer.bindingMethod());
        return step;
    }

    private Step signedIn(TokenResponse tokens) {
        forget();
        step = new SignedIn(tokens);
        return step;
    }

    private Step mfaRequiredOrThrow(ApiException refused) {
        if (!MFA_REQUIRED.equals(refused.code())) {
            throw refused;
        }
        // The seed: the mfa_token "received as part of mfa_required error".
        Object token = refused.details().get("mfa_token");
        if (!(token instanceof String text) || text.isBlank()) {
            throw new ApiException(refused.status(), refused.code(),
                    "This user must confirm the sign-in with a one-time code, but the server sent no MFA token to"
                            + " continue with. Try again, or sign in with an API client instead.",
                    refused.errors(), refused.requestId(), refused);
        }
        mfaToken = text;
        oobCode = null;
        step = new MfaRequired(channelsLeft(offered(refused)), recovery);
        return step;
    }

    /**
     * The channels the server says the user has ({@code oob_channels}, as the sandbox sends beside the MFA token; an
     * empty list means an authenticator app only), or every known one when it does not say.
     */
    private static List<OobChannel> offered(ApiException refused) {
        if (!(refused.details().get("oob_channels") instanceof List<?> listed)) {
            return OobChannel.KNOWN;
        }
        return listed.stream().filter(String.class::isInstance).map(value -> OobChannel.of((String) value)).toList();
    }

    /** Recovery needs two different channels; a normal sign-in may use any the user has. */
    private List<OobChannel> channelsLeft(List<OobChannel> offered) {
        if (!recovery) {
            return offered;
        }
        List<OobChannel> left = new ArrayList<>(OobChannel.KNOWN);
        left.removeAll(usedChannels);
        return left.isEmpty() ? OobChannel.KNOWN : left;
    }

    private void forget() {
        step = null;
        mfaToken = null;
        oobCode = null;
        recovery = false;
        usedChannels.clear();
    }

    @Override
    public String toString() {
        return "PasswordSignIn[accountId=" + accountId + ", step=" + step + "]";
    }
}
