package io.accountsdesk.sandbox.users;

import io.accountsdesk.sandbox.roles.RoleRoutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Account users ({@code /accounts/{oid}/management/users}) and the signed-in user's own profile
 * ({@code /account/user}, which needs a user's token).
 *
 * <p>Creating a user invites them: the outbox gets an email with a one-time temporary password (the sandbox's
 * stand-in for Dintero's invitation link), with which the user signs in (grant_type password) and then sets their
 * own password ({@code POST /account/user/password}), or signs in with a passwordless code. A user that exists
 * already (same email) is given access to one more account and told so, without a password. Users created with
 * {@code authentication_type: external} get no password. Without {@code scope} and {@code roles} a user is the
 * account's admin ({@link UserStore#ADMIN_SCOPE}); the seed does not say what Dintero gives them.
 *
 * <p>Roles are read from the roles routes' documents ({@link Roles}); an unknown role id is a 400 naming
 * {@code roles[i].id}. The seed: "The authorization used to create the user must have access to use the role, i.e.
 * have the same scopes as granted by the role": a token without {@code admin:accounts} must hold each of the role's
 * scopes (403 otherwise).
 *
 * <p>Answers: create 201, update and delete 200 with the user; the seed shows no bodies for the three
 * {@code /account/user} writes (only errors), so SMS and TOTP answer the profile (TOTP's association step answers
 * the new secret, see {@link #totp}), and the password change answers 204.
 */
final class AccountUserRoutes {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TOTP_ISSUER = "Dintero sandbox";

    private static Shape agreement() {
        return Shape.object()
                .field("name", Shape.string())
                .field("version", Shape.string())
                .field("personal_guarantee_accepted", Shape.bool())
                .field("attachments", Shape.array(Shape.object()
                        .field("name", Shape.string())
                        .field("version", Shape.string())));
    }

    private static Shape roles() {
        return Shape.array(Shape.object().field("id", Shape.string().minLength(1).maxLength(200), true));
    }

    static final Shape CREATE = Shape.object()
            .field("email", Shape.string().email().maxLength(255), true)
            .field("name", Shape.string().maxLength(255))
            .field("scope", Shape.array(Shape.string().minLength(1)))
            .field("authentication_type", Shape.string().oneOf("external"))
            .field("roles", roles())
            .field("agreement", agreement());
    static final Shape UPDATE = Shape.object()
            .field("name", Shape.string().maxLength(255))
            .field("scope", Shape.array(Shape.string().minLength(1)))
            .field("roles", roles())
            .field("agreement", agreement());
    static final Shape SMS = Shape.object()
            .field("enabled", Shape.bool(), true)
            .field("phone_number", Shape.string().pattern("^\\+?\\d{5,15}$",
                    "must be a mobile number with international prefix, like +4799999999"));
    static final Shape TOTP = Shape.object()
            .field("enabled", Shape.bool(), true)
            .field("user_code", Shape.string().minLength(1));
    static final Shape PASSWORD = Shape.object()
            .field("previous_password", Shape.string(), true)
            .field("proposed_password", Shape.string().minLength(8), true);

    private final SandboxContext context;
    private final UserStore users;

    AccountUserRoutes(SandboxContext context, UserStore users) {
        this.context = context;
        this.users = users;
    }

    /**
     * Paths as endpoints.tsv lists them; rows 81 (TOTP), 84 (create) and 86 (update) are "inferred" there (the 2021
     * SDK, or the SMS page by analogy), the others were read on Dintero's docs.
     */
    void register(RouteTable routes) {
        routes.add("GET", "/accounts/{oid}/management/users", this::list);
        routes.add("POST", "/accounts/{oid}/management/users", this::create);
        routes.add("PUT", "/accounts/{oid}/management/users/{uid}", this::update);
        routes.add("DELETE", "/accounts/{oid}/management/users/{uid}", this::delete);
        routes.add("GET", "/accounts/{oid}/management/users/{uid}/activities", this::activities);
        routes.add("GET", "/account/user", this::profile);
        routes.add("PUT", "/account/user/mfa/sms", this::sms);
        routes.add("PUT", "/account/user/mfa/totp", this::totp);
        routes.add("POST", "/account/user/password", this::password);
    }

    Response list(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        boolean expand = expandRoles(request);
        ArrayNode list = Json.MAPPER.createArrayNode();
        context.documents().inTransaction(tx -> {
            for (ObjectNode user : users.membersOf(account)) {
                list.add(UserViews.accountUser(tx, user, account, expand, null, null));
            }
            return null;
        });
        return Response.json(200, list);
    }

    Response create(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        boolean expand = expandRoles(request);
        JsonNode body = request.json();
        CREATE.check(body);
        TokenPrincipal principal = principal(request);
        String email = body.get("email").asText();
        boolean external = "external".equals(body.path("authentication_type").asText());
        String temporaryPassword = external ? null : temporaryPassword();
        String hash = external ? null : PasswordHasher.hash(temporaryPassword);
        String now = users.now();
        record Created(ObjectNode view, boolean isNew) {
        }
        Created created = users.write(tx -> {
            Optional<ObjectNode> existing = UserStore.byUsername(tx, email);
            if (existing.isPresent() && UserStore.isMember(existing.get(), account)) {
                throw new ApiException(409, "conflict", email + " already has access to account " + account
                        + "; change it with PUT /accounts/" + account + "/management/users/" + existing.get().get("id").asText(),
                        List.of(FieldError.body("email", "already has access to this account")), Map.of());
            }
            ObjectNode user = existing.orElseGet(() -> {
                ObjectNode fresh = UserStore.newUser(email, principal.subject(), now);
                fresh.put("email", email);
                fresh.put("password_hash", hash);
                if (external) {
                    fresh.put("authentication_type", "external");
                }
                return fresh;
            });
            if (body.hasNonNull("name")) {
                user.put("name", body.get("name").asText());
            }
            ObjectNode membership = UserStore.join(user, account, principal.subject(), now);
            applyMembership(tx, membership, body, account, principal);
            if (!body.hasNonNull("scope") && membership.path("roles").isEmpty()) {
                ArrayNode scope = membership.putArray("scope");
                UserStore.ADMIN_SCOPE.forEach(scope::add);
            }
            UserStore.save(tx, user);
            UserStore.recordActivity(tx, user.get("id").asText(), account, "user.create", principal.subject(),
                    AuthUserRoutes.agent(request), now);
            return new Created(UserViews.accountUser(tx, user, account, expand, null, null), existing.isEmpty());
        });
        String signIn = context.baseUrl() + "/accounts/" + account + "/auth/token";
        String text = created.isNew() && !external
                ? "You have been invited to Dintero account " + account + ". Sign in as " + email + " with the temporary"
                + " password " + temporaryPassword + " (grant_type password at " + signIn + "), then choose your own"
                + " with POST /account/user/password. Or sign in with a passwordless code."
                : "You now have access to Dintero account " + account + ". Sign in as " + email + " as usual.";
        context.outbox().send(new Outbox.Message("email", email, "invitation",
                created.isNew() && !external ? temporaryPassword : null, text));
        return Response.json(201, created.view());
    }

    Response update(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        String uid = uid(request);
        boolean expand = expandRoles(request);
        JsonNode body = request.json();
        UPDATE.check(body);
        TokenPrincipal principal = principal(request);
        String now = users.now();
        ObjectNode view = users.write(tx -> {
            ObjectNode user = member(tx, uid, account);
            if (body.has("name")) {
                user.set("name", body.get("name").deepCopy());
            }
            ObjectNode membership = UserStore.membership(user, account);
            applyMembership(tx, membership, body, account, principal);
            membership.put("updated_at", now);
            user.put("updated_at", now);
            UserStore.save(tx, user);
            UserStore.recordActivity(tx, uid, account, "user.update", principal.subject(), AuthUserRoutes.agent(request), now);
            return UserViews.accountUser(tx, user, account, expand, null, null);
        });
        return Response.json(200, view);
    }

    Response delete(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        String uid = uid(request);
        boolean expand = expandRoles(request);
        TokenPrincipal principal = principal(request);
        String now = users.now();
        ObjectNode view = users.write(tx -> {
            ObjectNode user = member(tx, uid, account);
            ObjectNode shown = UserViews.accountUser(tx, user, account, expand, principal.subject(), now);
            AuthUserRoutes.leave(tx, user, account, principal.subject(), AuthUserRoutes.agent(request), now);
            return shown;
        });
        return Response.json(200, view);
    }

    Response activities(Request request) {
        String account = AccountIds.normalizeOwner(request.pathParam("oid"));
        String uid = uid(request);
        context.documents().inTransaction(tx -> member(tx, uid, account));
        return Response.json(200, Json.MAPPER.valueToTree(users.activities(uid, account)));
    }

    /** Scope, roles and agreement of one membership from a checked body; roles must exist and be grantable. */
    private static void applyMembership(DocumentStore.Tx tx, ObjectNode membership, JsonNode body, String account,
                                        TokenPrincipal principal) {
        if (body.hasNonNull("scope")) {
            membership.set("scope", body.get("scope").deepCopy());
        }
        if (body.has("agreement")) {
            membership.set("agreement", body.get("agreement").deepCopy());
        }
        if (body.hasNonNull("roles")) {
            List<FieldError> errors = new ArrayList<>();
            ArrayNode refs = Json.MAPPER.createArrayNode();
            Set<String> seen = new LinkedHashSet<>();
            JsonNode roles = body.get("roles");
            for (int i = 0; i < roles.size(); i++) {
                String id = roles.get(i).get("id").asText();
                Optional<ObjectNode> role = RoleRoutes.find(tx, account, id);
                if (role.isEmpty()) {
                    errors.add(FieldError.body("roles[" + i + "].id", "is no role of account " + account
                            + "; list them with GET /accounts/" + account + "/auth/roles"));
                    continue;
                }
                if (!principal.scopes().contains("admin:accounts")) {
                    List<String> missing = new ArrayList<>();
                    role.get().path("scope").forEach(s -> {
                        if (!principal.scopes().contains(s.asText())) {
                            missing.add(s.asText());
                        }
                    });
                    if (!missing.isEmpty()) {
                        throw new ApiException(403, "forbidden", "You cannot grant role " + id + ": your token lacks"
                                + " its scopes " + String.join(", ", missing));
                    }
                }
                if (seen.add(id)) {
                    refs.addObject().put("id", id);
                }
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            membership.set("roles", refs);
        }
    }

    private static ObjectNode member(DocumentStore.Tx tx, String uid, String account) {
        return UserStore.byId(tx, uid).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> ApiException.notFound("No user " + uid + " on account " + account
                        + "; list them with GET /accounts/" + account + "/management/users"));
    }

    private static String uid(Request request) {
        String uid = request.pathParam("uid");
        if (uid.isEmpty() || uid.length() > 255) {
            throw ApiException.validation(List.of(FieldError.path("uid", "must be 1 to 255 characters")));
        }
        return uid;
    }

    private static boolean expandRoles(Request request) {
        for (String value : request.query().list("expand")) {
            if (!value.equals("roles")) {
                throw ApiException.validation(List.of(FieldError.query("expand", "must be roles")));
            }
        }
        return !request.query().list("expand").isEmpty();
    }

    private static TokenPrincipal principal(Request request) {
        return request.attribute(TokenPrincipal.class).orElseThrow();
    }

    private static String temporaryPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    // ---- the signed-in user: /account/user ----

    /** The user behind a user token: 403 for a client's token, 401 when the user is gone. */
    private ObjectNode signedIn(Request request) {
        TokenPrincipal principal = principal(request);
        if (!principal.isUser()) {
            throw new ApiException(403, "forbidden", "/account/user is about a signed-in user, and this is an API"
                    + " client's token (client_credentials). Sign a user in with grant_type password (or a passwordless"
                    + " code, grant_type authorization_code) at POST /accounts/{oid}/auth/token and use that access token");
        }
        return users.byId(principal.userId()).orElseThrow(() -> new ApiException(401, "unauthorized",
                "The user of this token no longer exists; sign in again", List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"accounts-desk-sandbox\", error=\"invalid_token\"")));
    }

    Response profile(Request request) {
        return Response.json(200, profileOf(signedIn(request)));
    }

    private ObjectNode profileOf(ObjectNode user) {
        ObjectNode profile = Json.object();
        profile.put("id", user.get("id").asText());
        profile.set("configuration", UserViews.configuration(user));
        ArrayNode accounts = profile.putArray("accounts");
        for (String accountId : UserStore.accountIds(user)) {
            accountInfo(accountId).ifPresent(info -> {
                info.set("user", UserViews.profileUser(user, accountId));
                accounts.add(info);
            });
        }
        return profile;
    }

    /** {@code account_id, business_name, organization_number, display_name} of a partner or a sub-account. */
    private Optional<ObjectNode> accountInfo(String accountId) {
        Optional<String> partner = context.accounts().partnerOf(accountId);
        if (partner.isPresent()) {
            return context.accounts().document(partner.get(), accountId).map(json -> {
                try {
                    JsonNode doc = Json.MAPPER.readTree(json);
                    JsonNode company = doc.path("company");
                    ObjectNode info = Json.object();
                    info.put("account_id", accountId);
                    info.set("business_name", company.path("business_name").isMissingNode() ? Json.MAPPER.nullNode() : company.get("business_name"));
                    info.set("organization_number", company.path("organization_number").isMissingNode() ? Json.MAPPER.nullNode() : company.get("organization_number"));
                    info.set("display_name", company.path("display_name").isMissingNode() ? Json.MAPPER.nullNode() : company.get("display_name"));
                    return info;
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Stored account " + accountId + " is not JSON", e);
                }
            });
        }
        try (Connection c = context.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM partners WHERE partner_id = ?")) {
            ps.setString(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ObjectNode info = Json.object();
                info.put("account_id", accountId);
                info.put("business_name", rs.getString(1));
                info.putNull("organization_number");
                info.put("display_name", rs.getString(1));
                return Optional.of(info);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read partner " + accountId, e);
        }
    }

    Response sms(Request request) {
        ObjectNode user = signedIn(request);
        JsonNode body = request.json();
        SMS.check(body);
        boolean enabled = body.get("enabled").asBoolean();
        if (enabled && !body.hasNonNull("phone_number") && UserStore.phone(user).isEmpty()) {
            throw ApiException.validation(List.of(FieldError.body("phone_number", "is required when enabling SMS MFA")));
        }
        String now = users.now();
        ObjectNode saved = users.write(tx -> {
            ObjectNode fresh = UserStore.byId(tx, user.get("id").asText()).orElseThrow();
            if (body.hasNonNull("phone_number")) {
                fresh.put("phone_number", body.get("phone_number").asText());
            }
            UserStore.setFactor(fresh, "sms", enabled, now);
            fresh.put("updated_at", now);
            UserStore.save(tx, fresh);
            recordOnEveryAccount(tx, fresh, "user.mfa.sms", request, now);
            return fresh;
        });
        return Response.json(200, profileOf(saved));
    }

    /**
     * TOTP in two steps (the seed's {@code user_code} is "computed using the secret code returned by Associate TOTP
     * MFA", an operation the seed does not include): {@code {"enabled": true}} without {@code user_code} associates a
     * new secret and answers {@code {authenticator_type: "otp", secret, barcode_uri}} (base32, and the otpauth URI a
     * QR code would carry); {@code {"enabled": true, "user_code": "123456"}} proves the app has it and turns TOTP on;
     * {@code {"enabled": false}} turns it off and forgets the secret.
     */
    Response totp(Request request) {
        ObjectNode user = signedIn(request);
        JsonNode body = request.json();
        TOTP.check(body);
        boolean enabled = body.get("enabled").asBoolean();
        String now = users.now();
        String userId = user.get("id").asText();
        if (enabled && !body.hasNonNull("user_code")) {
            String secret = Totp.newSecret();
            users.write(tx -> {
                ObjectNode fresh = UserStore.byId(tx, userId).orElseThrow();
                ((ObjectNode) fresh.path("mfa").path("totp")).put("pending_secret", secret);
                UserStore.save(tx, fresh);
                return null;
            });
            ObjectNode answer = Json.object();
            answer.put("authenticator_type", "otp");
            answer.put("secret", secret);
            answer.put("barcode_uri", Totp.uri(TOTP_ISSUER, user.get("username").asText(), secret));
            return Response.json(200, answer);
        }
        ObjectNode saved = users.write(tx -> {
            ObjectNode fresh = UserStore.byId(tx, userId).orElseThrow();
            ObjectNode totp = (ObjectNode) fresh.path("mfa").path("totp");
            if (enabled) {
                String secret = totp.hasNonNull("pending_secret") ? totp.get("pending_secret").asText()
                        : totp.path("enabled").asBoolean() ? totp.path("secret").asText(null) : null;
                if (secret == null) {
                    throw ApiException.validation(List.of(FieldError.body("user_code", "has no secret to match: first"
                            + " send {\"enabled\": true} without user_code to get a secret for the authenticator app")));
                }
                OptionalLong step = Totp.verify(secret, body.get("user_code").asText(), users.clock().instant(),
                        totp.path("last_step").asLong(Long.MIN_VALUE));
                if (step.isEmpty()) {
                    throw ApiException.validation(List.of(FieldError.body("user_code", "does not match the secret:"
                            + " send the 6-digit code the authenticator app shows now (check the device's clock)")));
                }
                totp.put("secret", secret);
                totp.remove("pending_secret");
                totp.put("last_step", step.getAsLong());
            } else {
                totp.remove("secret");
                totp.remove("pending_secret");
                totp.remove("last_step");
            }
            UserStore.setFactor(fresh, "totp", enabled, now);
            fresh.put("updated_at", now);
            UserStore.save(tx, fresh);
            recordOnEveryAccount(tx, fresh, "user.mfa.totp", request, now);
            return fresh;
        });
        return Response.json(200, profileOf(saved));
    }

    Response password(Request request) {
        ObjectNode user = signedIn(request);
        JsonNode body = request.json();
        PASSWORD.check(body);
        if (!user.hasNonNull("password_hash")) {
            throw ApiException.validation(List.of(FieldError.body("previous_password", "this user has no password"
                    + " (it signs in through an external identity provider)")));
        }
        if (!PasswordHasher.matches(body.get("previous_password").asText(), user.get("password_hash").asText())) {
            throw ApiException.validation(List.of(FieldError.body("previous_password", "is not the current password")));
        }
        String hash = PasswordHasher.hash(body.get("proposed_password").asText());
        String now = users.now();
        users.write(tx -> {
            ObjectNode fresh = UserStore.byId(tx, user.get("id").asText()).orElseThrow();
            fresh.put("password_hash", hash);
            fresh.put("updated_at", now);
            UserStore.save(tx, fresh);
            recordOnEveryAccount(tx, fresh, "user.password", request, now);
            return null;
        });
        return new Response(204, Map.of(), new byte[0]);
    }

    /** A change to the user themselves shows in the activities of every account they can reach. */
    private static void recordOnEveryAccount(DocumentStore.Tx tx, ObjectNode user, String action, Request request, String now) {
        String id = user.get("id").asText();
        for (String account : UserStore.accountIds(user)) {
            UserStore.recordActivity(tx, id, account, action, id, AuthUserRoutes.agent(request), now);
        }
    }
}
