package io.accountsdesk.sandbox.users;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Auth users of an account ({@code /accounts/{aid}/auth/users}): username + password users, optionally with an
 * out-of-band second factor ({@code mfa: {challenge_type: "oob", oob_channels: ["sms", "email"]}}) that the
 * password grant then asks for. The paths are from the 2021 SDK (endpoints.tsv: inferred), except change_username.
 *
 * <p>They live in the one {@link UserStore}, so an auth user can also be seen and managed as an account user.
 * Usernames are unique across the sandbox (409 otherwise); the seed does not say whether Dintero scopes them per
 * account. PUT keeps {@code links} and {@code mfa} when the body leaves them out; {@code "mfa": null} turns OOB MFA
 * off. DELETE removes the user's access to {@code aid} (and the user, once it has access nowhere) and answers the
 * user with {@code deleted_at} / {@code deleted_by} set.
 */
final class AuthUserRoutes {

    private static final Pattern TEL = Pattern.compile("^tel:\\+?\\d{5,15}$");
    private static final Pattern MAILTO = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static Shape links() {
        return Shape.array(Shape.object()
                .field("rel", Shape.string().oneOf("phone_number", "email"), true)
                .field("href", Shape.string().minLength(1), true));
    }

    private static Shape mfa() {
        return Shape.object()
                .field("challenge_type", Shape.string().oneOf("oob"), true)
                .field("oob_channels", Shape.array(Shape.string().oneOf("sms", "email")).minItems(1), true)
                .nullable();
    }

    static final Shape CREATE = Shape.object()
            .field("username", Shape.string().minLength(1).maxLength(255), true)
            .field("password", Shape.string().minLength(8), true)
            .field("links", links())
            .field("mfa", mfa());
    static final Shape UPDATE = Shape.object()
            .field("password", Shape.string().minLength(8), true)
            .field("links", links())
            .field("mfa", mfa());
    static final Shape RENAME = Shape.object()
            .field("username", Shape.string().minLength(1).maxLength(255), true);

    private final UserStore users;

    AuthUserRoutes(UserStore users) {
        this.users = users;
    }

    void register(RouteTable routes) {
        routes.add("POST", "/accounts/{aid}/auth/users", this::create);
        routes.add("PUT", "/accounts/{aid}/auth/users/{username}", this::update);
        routes.add("DELETE", "/accounts/{aid}/auth/users/{username}", this::delete);
        routes.add("POST", "/accounts/{aid}/auth/users/{username}/change_username", this::rename);
    }

    Response create(Request request) {
        String account = request.pathParam("aid");
        JsonNode body = request.json();
        CREATE.check(body);
        String username = body.get("username").asText();
        checkLinksAndMfa(username, body.path("links"), body.get("mfa"));
        String hash = PasswordHasher.hash(body.get("password").asText());
        String actor = actor(request);
        String now = users.now();
        ObjectNode user = users.write(tx -> {
            if (UserStore.byUsername(tx, username).isPresent()) {
                throw usernameTaken(username);
            }
            ObjectNode created = UserStore.newUser(username, actor, now);
            created.put("password_hash", hash);
            apply(created, body, now);
            UserStore.join(created, account, actor, now);
            UserStore.save(tx, created);
            UserStore.recordActivity(tx, created.get("id").asText(), account, "user.create", actor, agent(request), now);
            return created;
        });
        return Response.json(201, UserViews.authUser(user, account, null, null));
    }

    Response update(Request request) {
        String account = request.pathParam("aid");
        String username = checkedUsername(request);
        JsonNode body = request.json();
        UPDATE.check(body);
        String hash = PasswordHasher.hash(body.get("password").asText());
        String actor = actor(request);
        String now = users.now();
        ObjectNode user = users.write(tx -> {
            ObjectNode found = member(tx, username, account);
            JsonNode links = body.has("links") ? body.get("links") : found.path("links");
            JsonNode mfa = body.has("mfa") ? body.get("mfa") : currentMfa(found);
            checkLinksAndMfa(found.get("username").asText(), links, mfa);
            found.put("password_hash", hash);
            apply(found, body, now);
            found.put("updated_at", now);
            UserStore.save(tx, found);
            UserStore.recordActivity(tx, found.get("id").asText(), account, "user.update", actor, agent(request), now);
            return found;
        });
        return Response.json(200, UserViews.authUser(user, account, null, null));
    }

    Response delete(Request request) {
        String account = request.pathParam("aid");
        String username = checkedUsername(request);
        String actor = actor(request);
        String now = users.now();
        ObjectNode view = users.write(tx -> {
            ObjectNode found = member(tx, username, account);
            ObjectNode shown = UserViews.authUser(found, account, actor, now);
            leave(tx, found, account, actor, agent(request), now);
            return shown;
        });
        return Response.json(200, view);
    }

    Response rename(Request request) {
        String account = request.pathParam("aid");
        String username = checkedUsername(request);
        JsonNode body = request.json();
        RENAME.check(body);
        String wanted = body.get("username").asText();
        String actor = actor(request);
        String now = users.now();
        ObjectNode user = users.write(tx -> {
            ObjectNode found = member(tx, username, account);
            UserStore.byUsername(tx, wanted).filter(other -> !other.get("id").equals(found.get("id"))).ifPresent(other -> {
                throw usernameTaken(wanted);
            });
            checkLinksAndMfa(wanted, found.path("links"), currentMfa(found));
            found.put("username", wanted);
            found.put("updated_at", now);
            UserStore.save(tx, found);
            UserStore.recordActivity(tx, found.get("id").asText(), account, "user.change_username", actor, agent(request), now);
            return found;
        });
        return Response.json(200, UserViews.authUser(user, account, null, null));
    }

    /** Removes the user's access to {@code account}; a user left with no account is deleted. */
    static void leave(io.accountsdesk.sandbox.store.DocumentStore.Tx tx, ObjectNode user, String account, String actor,
                      String agent, String now) {
        ((ObjectNode) user.get("accounts")).remove(account);
        String id = user.get("id").asText();
        if (user.get("accounts").isEmpty()) {
            UserStore.remove(tx, id);
        } else {
            user.put("updated_at", now);
            UserStore.save(tx, user);
        }
        UserStore.recordActivity(tx, id, account, "user.delete", actor, agent, now);
    }

    private ObjectNode member(io.accountsdesk.sandbox.store.DocumentStore.Tx tx, String username, String account) {
        return UserStore.byUsername(tx, username).filter(u -> UserStore.isMember(u, account))
                .orElseThrow(() -> ApiException.notFound("No user '" + username + "' on account " + account
                        + "; create it with POST /accounts/" + account + "/auth/users"));
    }

    private static String checkedUsername(Request request) {
        String username = request.pathParam("username");
        if (username.isEmpty() || username.length() > 255) {
            throw ApiException.validation(List.of(FieldError.path("username", "must be 1 to 255 characters")));
        }
        return username;
    }

    /** Sets links and the OOB factors from a checked body (fields it leaves out stay as they are). */
    private static void apply(ObjectNode user, JsonNode body, String now) {
        if (body.has("links")) {
            user.set("links", body.get("links").deepCopy());
        }
        if (body.has("mfa")) {
            List<String> channels = new ArrayList<>();
            body.get("mfa").path("oob_channels").forEach(c -> channels.add(c.asText()));
            for (String factor : List.of("sms", "email")) {
                if (channels.contains(factor) != UserStore.factorEnabled(user, factor)) {
                    UserStore.setFactor(user, factor, channels.contains(factor), now);
                }
            }
        }
    }

    private static JsonNode currentMfa(JsonNode user) {
        return UserViews.authUser(user, "", null, null).get("mfa");
    }

    /**
     * Links must be well-formed {@code tel:} / {@code mailto:} URIs, and each OOB channel needs somewhere to send to
     * (the seed: "links is required when MFA is enabled").
     */
    private static void checkLinksAndMfa(String username, JsonNode links, JsonNode mfa) {
        List<FieldError> errors = new ArrayList<>();
        boolean phone = false;
        boolean email = username.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
        for (int i = 0; i < links.size(); i++) {
            JsonNode link = links.get(i);
            String rel = link.path("rel").asText();
            String href = link.path("href").asText();
            if (rel.equals("phone_number")) {
                if (TEL.matcher(href).matches()) {
                    phone = true;
                } else {
                    errors.add(FieldError.body("links[" + i + "].href", "must be tel: and a mobile number, like tel:+4799999999"));
                }
            } else if (rel.equals("email")) {
                if (MAILTO.matcher(href).matches()) {
                    email = true;
                } else {
                    errors.add(FieldError.body("links[" + i + "].href", "must be mailto: and an address, like mailto:name@example.com"));
                }
            }
        }
        if (mfa != null && mfa.isObject()) {
            for (JsonNode channel : mfa.path("oob_channels")) {
                if (channel.asText().equals("sms") && !phone) {
                    errors.add(FieldError.body("links", "needs a phone_number link (tel:+4799999999) for mfa oob_channel sms"));
                }
                if (channel.asText().equals("email") && !email) {
                    errors.add(FieldError.body("links", "needs an email link (mailto:name@example.com) for mfa oob_channel email"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private static ApiException usernameTaken(String username) {
        return new ApiException(409, "conflict", "The username '" + username + "' is taken; choose another",
                List.of(FieldError.body("username", "is taken")), Map.of());
    }

    static String actor(Request request) {
        return request.attribute(TokenPrincipal.class).map(TokenPrincipal::subject).orElse("anonymous");
    }

    static String agent(Request request) {
        return request.header("User-Agent").orElse(null);
    }

}
