package io.accountsdesk.sandbox.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import io.accountsdesk.sandbox.users.UserStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Passwordless sign-in: a one-time 6-digit code, then the token endpoint's {@code authorization_code} grant with
 * {@code ident_type} ({@code email} or {@code phone_number}), {@code ident} and the code (the seed's changelog:
 * "Require ident_type and ident ... with grant_type=authorization_code"). The code may come two ways:
 * <ul>
 *   <li>{@code POST /accounts/{oid}/auth/passwordless} sends it by email or SMS (to the outbox) and answers 204. It
 *       is open (the body names the client, as a sign-in page would) and rate limited per recipient, see
 *       {@link SendLimit}: 429 with {@code Retry-After}. Sending again with the same {@code login_session_id}
 *       resends the same code while it is valid (the changelog's "session_id ... to resend the same verification
 *       code").</li>
 *   <li>{@code POST /accounts/{oid}/auth/passwordless/code} (Bearer) answers {@code {verification_code}} for the
 *       caller to deliver itself.</li>
 * </ul>
 * Codes live {@value #CODE_MINUTES} minutes, work once, and {@value #MAX_ATTEMPTS} wrong codes spend a user's
 * pending codes. The code field of the grant is {@code code}; {@code verification_code} is accepted too.
 *
 * <p>The seed's body lists {@code email} without a name in its rendering (the example shows it) and no phone field:
 * the user is always named by email, and {@code connection} {@code sms} texts the code to that user's mobile number.
 */
final class PasswordlessRoutes {

    static final String KIND = "auth.passwordless";
    static final String SENDS_KIND = "auth.passwordless.sends";
    static final int CODE_MINUTES = 10;
    static final int MAX_ATTEMPTS = 5;

    static final Shape START = Shape.object()
            .field("client_id", Shape.string().minLength(1), true)
            .field("connection", Shape.string().oneOf("email", "sms"), true)
            .field("audience", Shape.string().minLength(1), true)
            .field("email", Shape.string().email(), true)
            .field("type", Shape.string().oneOf("company", "customer"))
            .field("send", Shape.string().oneOf("code"))
            .field("login_session_id", Shape.string().uuid());
    static final Shape CREATE_CODE = Shape.object()
            .field("audience", Shape.string().minLength(1), true)
            .field("client_id", Shape.string().minLength(1), true)
            .field("user_id", Shape.string().minLength(1).maxLength(255), true);
    static final Shape GRANT = Shape.object()
            .field("ident_type", Shape.string().oneOf("email", "phone_number"), true)
            .field("ident", Shape.string().minLength(1), true)
            .field("code", Shape.string().minLength(1))
            .field("verification_code", Shape.string().minLength(1))
            .oneOf("code", "verification_code");

    private final AuthServices services;
    private final DocumentStore documents;
    private final Outbox outbox;

    PasswordlessRoutes(AuthServices services) {
        this.services = services;
        this.documents = services.context.documents();
        this.outbox = services.context.outbox();
    }

    void register(RouteTable routes) {
        routes.open("POST", "/accounts/{oid}/auth/passwordless", this::start);
        routes.add("POST", "/accounts/{oid}/auth/passwordless/code", this::createCode);
    }

    Response start(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        START.check(body);
        services.audience(body, account);
        services.client(body.get("client_id").asText(), account, "client_id");
        String email = body.get("email").asText();
        ObjectNode user = services.users.byEmail(email, account).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> ApiException.validation(List.of(FieldError.body("email", "belongs to no user of"
                        + " account " + account + "; invite one with POST /accounts/" + account + "/management/users"))));
        String channel = body.get("connection").asText();
        String recipient = channel.equals("email") ? email : UserStore.phone(user).orElseThrow(() ->
                ApiException.validation(List.of(FieldError.body("connection", "the user has no mobile number for"
                        + " sms; use connection email, or set one with PUT /account/user/mfa/sms"))));
        String sessionId = body.hasNonNull("login_session_id") ? body.get("login_session_id").asText()
                : UUID.randomUUID().toString();
        String owner = account + "/" + user.get("id").asText();
        long now = services.context.clock().millis();
        String code = services.users.write(tx -> {
            String limitKey = recipient.toLowerCase(Locale.ROOT);
            List<ObjectNode> sends = tx.list(SENDS_KIND, limitKey, null, SendLimit.PASSWORDLESS_MAX, d -> true);
            OptionalLong retryAfter = SendLimit.retryAfter(sends.stream().map(d -> d.path("at").asLong()).toList(),
                    now, SendLimit.PASSWORDLESS_MAX, Duration.ofSeconds(SendLimit.PASSWORDLESS_WINDOW_SECONDS));
            if (retryAfter.isPresent()) {
                throw AuthErrors.tooManyRequests("At most " + SendLimit.PASSWORDLESS_MAX + " codes are sent to "
                        + recipient + " per " + SendLimit.PASSWORDLESS_WINDOW_SECONDS + " seconds; try again in "
                        + retryAfter.getAsLong() + " s, or use the code already sent", retryAfter.getAsLong());
            }
            // Keep only what the window can need.
            for (ObjectNode old : tx.list(SENDS_KIND, limitKey, null, Integer.MAX_VALUE, d -> true).stream()
                    .skip(SendLimit.PASSWORDLESS_MAX - 1).toList()) {
                tx.delete(SENDS_KIND, limitKey, old.get("id").asText());
            }
            String sendId = UUID.randomUUID().toString();
            tx.put(SENDS_KIND, limitKey, sendId, Json.object().put("id", sendId).put("at", now));
            Optional<ObjectNode> pending = tx.get(KIND, owner, sessionId).filter(d -> usable(d, now));
            if (pending.isPresent()) {
                return pending.get().get("code").asText();
            }
            String fresh = Secrets.digits(6);
            tx.put(KIND, owner, sessionId, newCode(sessionId, account, user, fresh, channel, recipient, now));
            return fresh;
        });
        outbox.send(new Outbox.Message(channel, recipient, "passwordless", code, "Your Dintero sign-in code is "
                + code + ". It expires in " + CODE_MINUTES + " minutes."));
        return new Response(204, Map.of(), new byte[0]);
    }

    Response createCode(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        CREATE_CODE.check(body);
        services.audience(body, account);
        services.client(body.get("client_id").asText(), account, "client_id");
        String userId = body.get("user_id").asText();
        ObjectNode user = services.users.byId(userId).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> ApiException.notFound("No user " + userId + " on account " + account));
        String code = Secrets.digits(6);
        long now = services.context.clock().millis();
        String id = UUID.randomUUID().toString();
        documents.put(KIND, account + "/" + userId, id, newCode(id, account, user, code, "api", null, now));
        return Response.json(200, Json.object().put("verification_code", code));
    }

    private static ObjectNode newCode(String id, String account, JsonNode user, String code, String channel,
                                      String recipient, long now) {
        ObjectNode doc = Json.object();
        doc.put("id", id);
        doc.put("account_id", account);
        doc.put("user_id", user.get("id").asText());
        doc.put("code", code);
        doc.put("channel", channel);
        if (recipient == null) {
            doc.putNull("recipient");
        } else {
            doc.put("recipient", recipient);
        }
        doc.put("created_at", now);
        doc.put("expires_at", now + Duration.ofMinutes(CODE_MINUTES).toMillis());
        doc.put("attempts", 0);
        doc.put("used", false);
        return doc;
    }

    private static boolean usable(JsonNode doc, long now) {
        return !doc.path("used").asBoolean() && doc.path("expires_at").asLong() > now
                && doc.path("attempts").asInt() < MAX_ATTEMPTS;
    }

    /** Grant {@code authorization_code}: a passwordless code for the user named by {@code ident}. */
    Response grant(Request request, String account, String clientId, JsonNode body) {
        GRANT.check(body);
        String audience = services.audience(body, account);
        String identType = body.get("ident_type").asText();
        String ident = body.get("ident").asText();
        String code = body.hasNonNull("code") ? body.get("code").asText() : body.get("verification_code").asText();
        Optional<ObjectNode> user = identType.equals("email") ? services.users.byEmail(ident, account)
                : services.users.byPhone(ident, account);
        ApiException wrong = AuthErrors.invalidGrant("Wrong, used or expired code for this " + identType
                + "; request a new one with POST /accounts/" + account + "/auth/passwordless", "code");
        if (user.isEmpty() || !UserStore.isMember(user.get(), account)) {
            throw wrong;
        }
        String owner = account + "/" + user.get().get("id").asText();
        long now = services.context.clock().millis();
        boolean matched = services.users.write(tx -> {
            List<ObjectNode> pending = tx.list(KIND, owner, null, 50, d -> usable(d, now));
            for (ObjectNode doc : pending) {
                if (Secrets.same(doc.path("code").asText(), code)) {
                    doc.put("used", true);
                    tx.put(KIND, owner, doc.get("id").asText(), doc);
                    return true;
                }
            }
            for (ObjectNode doc : pending) {
                doc.put("attempts", doc.path("attempts").asInt() + 1);
                tx.put(KIND, owner, doc.get("id").asText(), doc);
            }
            return false;
        });
        if (!matched) {
            throw wrong;
        }
        return Response.json(200, services.userTokens(account, clientId, user.get(), audience, request, true));
    }
}
