package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.users.Totp;
import io.accountsdesk.sandbox.users.UserStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Multi-factor sign-in, as the seed describes it (the Auth0 vocabulary: {@code mfa_required}, {@code mfa_token},
 * {@code oob_code}, {@code binding_code}):
 * <ol>
 *   <li>a password grant for a user with a second factor answers {@code 403 mfa_required} with an {@code mfa_token};</li>
 *   <li>{@code POST /accounts/{aid}/auth/mfa/challenge} sends a 6-digit code by SMS or email (to the outbox) and
 *       answers the challenge's {@code oob_code};</li>
 *   <li>grant {@code mfa-oob} with {@code mfa_token}, {@code oob_code} and the received {@code binding_code} signs the
 *       user in. A user whose only factor is an authenticator app skips the challenge and sends grant
 *       {@code mfa-otp} with {@code mfa_token} and {@code otp} (GUESSED: the seed names TOTP only for configuring it;
 *       this is Auth0's grant for it).</li>
 * </ol>
 * Recovery ({@code POST .../mfa/recovery}) is the same with two OOB challenges over different channels: the first
 * successful {@code mfa-oob} answers {@code 403 mfa_required} again (the seed: "A 403 status with mfa_required error
 * will be returned on success"), and a challenge over the other channel finishes it. The seed's example shows the
 * recovery call itself answering {@code 200 {challenge_type, binding_method, oob_code, mfa_token}} for the first
 * challenge, which is what this does.
 *
 * <p>The token endpoint spells the grant {@code mfa-oob}; the challenge and recovery texts say {@code mfa_oob}: both
 * are accepted. MFA tokens live {@value #TOKEN_MINUTES} minutes, challenges {@value #CHALLENGE_MINUTES}; after
 * {@value #MAX_ATTEMPTS} wrong codes a challenge (or, for {@code mfa-otp}, the MFA token) is spent.
 */
final class MfaRoutes {

    static final String KIND = "auth.mfa_tokens";
    static final int TOKEN_MINUTES = 10;
    static final int CHALLENGE_MINUTES = 5;
    static final int MAX_ATTEMPTS = 5;
    static final String LOGIN = "login";
    static final String RECOVERY = "recovery";

    static final Shape CHALLENGE = Shape.object()
            .field("challenge_type", Shape.string().oneOf("oob"), true)
            .field("mfa_token", Shape.string().minLength(1), true)
            .field("oob_channel", Shape.string().oneOf("sms", "email"));
    static final Shape RECOVER = Shape.object()
            .field("challenge_type", Shape.string().oneOf("oob"), true)
            .field("username", Shape.string().minLength(1).maxLength(255), true)
            // Required by the seed's table; its example lost the line (note the trailing comma there).
            .field("audience", Shape.string().minLength(1), true)
            .field("oob_channel", Shape.string().oneOf("sms", "email"));
    static final Shape OOB_GRANT = Shape.object()
            .field("mfa_token", Shape.string().minLength(1), true)
            .field("oob_code", Shape.string().minLength(1), true)
            .field("binding_code", Shape.string().minLength(1), true);
    static final Shape OTP_GRANT = Shape.object()
            .field("mfa_token", Shape.string().minLength(1), true)
            .field("otp", Shape.string().minLength(1), true);

    private final AuthServices services;
    private final Outbox outbox;
    private final DocumentStore documents;

    MfaRoutes(AuthServices services) {
        this.services = services;
        this.outbox = services.context.outbox();
        this.documents = services.context.documents();
    }

    void register(RouteTable routes) {
        // Open: the mfa_token in the body is the credential (it was handed out after a correct password).
        routes.open("POST", "/accounts/{aid}/auth/mfa/challenge", this::challenge);
        // Protected: the seed's audience "must be a grant associated with the client used in the request".
        routes.add("POST", "/accounts/{aid}/auth/mfa/recovery", this::recovery);
    }

    /** Starts a second-factor step for a user whose password was right; returns the MFA token. */
    String start(String account, String userId, String clientId, String audience, String purpose) {
        String token = Secrets.token();
        String hash = Secrets.sha256(token);
        long now = services.context.clock().millis();
        ObjectNode doc = Json.object();
        doc.put("account_id", account);
        doc.put("user_id", userId);
        doc.put("client_id", clientId);
        doc.put("audience", audience);
        doc.put("purpose", purpose);
        doc.put("created_at", now);
        doc.put("expires_at", now + Duration.ofMinutes(TOKEN_MINUTES).toMillis());
        doc.putArray("verified_channels");
        doc.put("attempts", 0);
        doc.putObject("challenges");
        documents.put(KIND, account, hash, doc, hash);
        return token;
    }

    Response challenge(Request request) {
        String account = request.pathParam("aid");
        JsonNode body = request.json();
        CHALLENGE.check(body);
        String hash = Secrets.sha256(body.get("mfa_token").asText());
        ObjectNode doc = live(account, hash).orElseThrow(MfaRoutes::unknownMfaToken);
        ObjectNode user = services.users.byId(doc.get("user_id").asText()).orElseThrow(MfaRoutes::unknownMfaToken);
        String channel = body.path("oob_channel").asText("sms");
        return Response.json(200, sendChallenge(account, hash, doc, user, channel));
    }

    Response recovery(Request request) {
        String account = request.pathParam("aid");
        JsonNode body = request.json();
        RECOVER.check(body);
        String audience = services.audience(body, account);
        String username = body.get("username").asText();
        ObjectNode user = services.users.byUsername(username).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> ApiException.notFound("No user '" + username + "' on account " + account));
        if (!UserStore.mfaRequired(user)) {
            throw ApiException.validation(List.of(FieldError.body("username",
                    "has no second factor to recover; sign in with grant_type password")));
        }
        if (UserStore.phone(user).isEmpty() || UserStore.email(user).isEmpty()) {
            throw ApiException.validation(List.of(FieldError.body("username", "cannot recover: recovery sends codes"
                    + " over two channels, and this user has " + (UserStore.phone(user).isEmpty() ? "no mobile number"
                    : "no email address") + " (set links phone_number and email with PUT /accounts/" + account
                    + "/auth/users/{username})")));
        }
        String clientId = request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElseThrow();
        String token = start(account, user.get("id").asText(), clientId, audience, RECOVERY);
        String hash = Secrets.sha256(token);
        ObjectNode doc = live(account, hash).orElseThrow();
        ObjectNode answer = sendChallenge(account, hash, doc, user, body.path("oob_channel").asText("sms"));
        answer.put("mfa_token", token);
        return Response.json(200, answer);
    }

    private ObjectNode sendChallenge(String account, String hash, ObjectNode doc, ObjectNode user, String channel) {
        List<String> available = channels(doc, user);
        if (!available.contains(channel)) {
            String message = available.isEmpty() && UserStore.factorEnabled(user, "totp")
                    ? "the user has no SMS or email second factor; send grant_type mfa-otp with mfa_token and the"
                    + " code from the authenticator app as otp"
                    : available.isEmpty() ? "the user has no channel left to send a code over; sign in again"
                    : "must be " + String.join(" or ", available) + " for this user";
            throw ApiException.validation(List.of(FieldError.body("oob_channel", message)));
        }
        String oobCode = Secrets.token();
        String bindingCode = Secrets.digits(6);
        long now = services.context.clock().millis();
        ObjectNode challenge = Json.object();
        challenge.put("channel", channel);
        challenge.put("binding_code", bindingCode);
        challenge.put("expires_at", now + Duration.ofMinutes(CHALLENGE_MINUTES).toMillis());
        challenge.put("attempts", 0);
        challenge.put("done", false);
        // Re-read inside the writers' lock so two challenges at once both stay on the token.
        services.users.write(tx -> {
            ObjectNode fresh = tx.get(KIND, account, hash).orElse(doc);
            ((ObjectNode) fresh.get("challenges")).set(Secrets.sha256(oobCode), challenge);
            tx.put(KIND, account, hash, fresh);
            return null;
        });
        String to = channel.equals("sms") ? UserStore.phone(user).orElseThrow() : UserStore.email(user).orElseThrow();
        outbox.send(new Outbox.Message(channel, to, "mfa", bindingCode, "Your Dintero sign-in code is " + bindingCode
                + ". It expires in " + CHALLENGE_MINUTES + " minutes."));
        ObjectNode answer = Json.object();
        answer.put("challenge_type", "oob");
        answer.put("binding_method", "prompt");
        answer.put("oob_code", oobCode);
        return answer;
    }

    /** Channels a challenge may use now: the user's OOB factors, or for recovery any reachable one not yet passed. */
    private static List<String> channels(JsonNode doc, JsonNode user) {
        if (!RECOVERY.equals(doc.path("purpose").asText())) {
            return UserStore.oobChannels(user);
        }
        Set<String> verified = new LinkedHashSet<>();
        doc.path("verified_channels").forEach(c -> verified.add(c.asText()));
        List<String> left = new ArrayList<>();
        if (UserStore.phone(user).isPresent() && !verified.contains("sms")) {
            left.add("sms");
        }
        if (UserStore.email(user).isPresent() && !verified.contains("email")) {
            left.add("email");
        }
        return left;
    }

    private Optional<ObjectNode> live(String account, String hash) {
        return documents.get(KIND, account, hash)
                .filter(doc -> doc.path("expires_at").asLong() > services.context.clock().millis());
    }

    private static ApiException unknownMfaToken() {
        return AuthErrors.invalidGrant("The mfa_token is unknown, used or expired (it lives " + TOKEN_MINUTES
                + " minutes); sign in again with grant_type password", "mfa_token");
    }

    /** What an MFA grant came to; decided inside the transaction, answered after it so the attempt count sticks. */
    private sealed interface Outcome {
        record SignedIn(String userId, String audience) implements Outcome {
        }

        record Refused(ApiException error) implements Outcome {
        }

        record NextChannel(String mfaToken, List<String> channels) implements Outcome {
        }
    }

    /** Grant {@code mfa-oob}: the code the user received for a challenge. */
    Response oobGrant(Request request, String account, String clientId, JsonNode body) {
        OOB_GRANT.check(body);
        String mfaToken = body.get("mfa_token").asText();
        String hash = Secrets.sha256(mfaToken);
        String challengeKey = Secrets.sha256(body.get("oob_code").asText());
        String bindingCode = body.get("binding_code").asText();
        long now = services.context.clock().millis();
        Outcome outcome = services.users.write(tx -> {
            Optional<ObjectNode> found = tx.get(KIND, account, hash)
                    .filter(doc -> doc.path("expires_at").asLong() > now && clientId.equals(doc.path("client_id").asText()));
            if (found.isEmpty()) {
                return new Outcome.Refused(unknownMfaToken());
            }
            ObjectNode doc = found.get();
            JsonNode challenge = doc.path("challenges").path(challengeKey);
            if (!challenge.isObject()) {
                return new Outcome.Refused(AuthErrors.invalidGrant("The oob_code belongs to no challenge of this"
                        + " mfa_token; use the oob_code that POST /accounts/" + account + "/auth/mfa/challenge answered",
                        "oob_code"));
            }
            ObjectNode c = (ObjectNode) challenge;
            if (c.path("done").asBoolean() || c.path("expires_at").asLong() <= now
                    || c.path("attempts").asInt() >= MAX_ATTEMPTS) {
                return new Outcome.Refused(AuthErrors.invalidGrant("This challenge is used, expired (codes live "
                        + CHALLENGE_MINUTES + " minutes) or spent by " + MAX_ATTEMPTS + " wrong codes; request a new"
                        + " challenge from POST /accounts/" + account + "/auth/mfa/challenge", "oob_code"));
            }
            if (!Secrets.same(c.path("binding_code").asText(), bindingCode)) {
                int attempts = c.path("attempts").asInt() + 1;
                c.put("attempts", attempts);
                tx.put(KIND, account, hash, doc);
                int left = MAX_ATTEMPTS - attempts;
                return new Outcome.Refused(AuthErrors.invalidGrant("Wrong binding_code: it is the 6-digit code sent"
                        + " by " + c.path("channel").asText() + " (see GET /v1/_sandbox/outbox). " + (left > 0
                        ? left + " attempt(s) left for this challenge" : "This challenge is spent; request a new one"),
                        "binding_code"));
            }
            c.put("done", true);
            ((ArrayNode) doc.get("verified_channels")).add(c.path("channel").asText());
            String userId = doc.path("user_id").asText();
            if (RECOVERY.equals(doc.path("purpose").asText())) {
                Set<String> verified = new LinkedHashSet<>();
                doc.path("verified_channels").forEach(v -> verified.add(v.asText()));
                if (verified.size() < 2) {
                    tx.put(KIND, account, hash, doc);
                    ObjectNode user = UserStore.byId(tx, userId).orElse(Json.object());
                    return new Outcome.NextChannel(mfaToken, channels(doc, user));
                }
            }
            tx.delete(KIND, account, hash);
            return new Outcome.SignedIn(userId, doc.path("audience").asText());
        });
        return finish(outcome, request, account, clientId);
    }

    /** Grant {@code mfa-otp}: a code from the user's authenticator app. */
    Response otpGrant(Request request, String account, String clientId, JsonNode body) {
        OTP_GRANT.check(body);
        String hash = Secrets.sha256(body.get("mfa_token").asText());
        String otp = body.get("otp").asText();
        long now = services.context.clock().millis();
        Outcome outcome = services.users.write(tx -> {
            Optional<ObjectNode> found = tx.get(KIND, account, hash)
                    .filter(doc -> doc.path("expires_at").asLong() > now && clientId.equals(doc.path("client_id").asText())
                            && LOGIN.equals(doc.path("purpose").asText()) && doc.path("attempts").asInt() < MAX_ATTEMPTS);
            if (found.isEmpty()) {
                return new Outcome.Refused(unknownMfaToken());
            }
            ObjectNode doc = found.get();
            String userId = doc.path("user_id").asText();
            Optional<ObjectNode> user = UserStore.byId(tx, userId);
            JsonNode totp = user.map(u -> u.path("mfa").path("totp")).orElse(Json.object());
            if (!totp.path("enabled").asBoolean() || !totp.hasNonNull("secret")) {
                return new Outcome.Refused(AuthErrors.invalidGrant("This user has no authenticator app (TOTP) turned on;"
                        + " use a challenge and grant_type mfa-oob", "otp"));
            }
            OptionalLong step = Totp.verify(totp.get("secret").asText(), otp,
                    services.context.clock().instant(), totp.path("last_step").asLong(Long.MIN_VALUE));
            if (step.isEmpty()) {
                doc.put("attempts", doc.path("attempts").asInt() + 1);
                tx.put(KIND, account, hash, doc);
                return new Outcome.Refused(AuthErrors.invalidGrant("Wrong or reused otp: send the 6-digit code the"
                        + " authenticator app shows now (each code works once)", "otp"));
            }
            ((ObjectNode) user.get().path("mfa").path("totp")).put("last_step", step.getAsLong());
            UserStore.save(tx, user.get());
            tx.delete(KIND, account, hash);
            return new Outcome.SignedIn(userId, doc.path("audience").asText());
        });
        return finish(outcome, request, account, clientId);
    }

    private Response finish(Outcome outcome, Request request, String account, String clientId) {
        if (outcome instanceof Outcome.Refused refused) {
            throw refused.error();
        }
        if (outcome instanceof Outcome.NextChannel next) {
            return AuthErrors.mfaRequired("Recovery needs a second code over another channel: request a challenge"
                    + " with oob_channel " + String.join(" or ", next.channels()) + " and this mfa_token",
                    next.mfaToken(), next.channels());
        }
        Outcome.SignedIn done = (Outcome.SignedIn) outcome;
        ObjectNode user = services.users.byId(done.userId()).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> AuthErrors.invalidGrant("The user no longer has access to account " + account, null));
        return Response.json(200, services.userTokens(account, clientId, user, done.audience(), request, true));
    }
}
