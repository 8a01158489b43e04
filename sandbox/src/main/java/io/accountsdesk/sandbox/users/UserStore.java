package io.accountsdesk.sandbox.users;

import io.accountsdesk.sandbox.roles.RoleRoutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one store of people who sign in: the auth users of {@code /accounts/{aid}/auth/users} (username + password)
 * and the account users of {@code /accounts/{oid}/management/users} (email, scopes, roles) are the same records,
 * shown two ways ({@link UserViews}). A user is a JSON document of kind {@value #KIND}:
 * <pre>
 * {id, username, email, name, phone_number, links[], password_hash, authentication_type, created_at, created_by,
 *  updated_at, mfa: {sms: {enabled, updated_at}, email: {...}, totp: {enabled, updated_at, secret, pending_secret,
 *  last_step}}, accounts: {"T12300000": {scope[], roles[{id}], agreement, created_at, created_by, updated_at,
 *  last_seen_at}}}
 * </pre>
 * Usernames are unique across the sandbox, case-insensitively (the lookup key is the lower-cased username), because
 * an account user is one login across every account it can reach ({@code GET /account/user} lists them all). For an
 * account user the username is the email address.
 *
 * <p>Writes go through {@link #write}, which serialises them: the documents table has no unique index on the lookup
 * key, so two concurrent creates of one username would otherwise both pass the check.
 */
public final class UserStore {

    public static final String KIND = "users";
    static final String OWNER = "sandbox";
    static final String ACTIVITY_KIND = "users.activities";
    /** Kept per user; the seed offers no paging on activities, so the oldest fall off past this. */
    static final int MAX_ACTIVITIES = 200;
    /**
     * What a user may do when created without scope or roles: the account's admin, as in Dintero's "Admin user for
     * an account" (the seed's description of account users). The same scopes as the partner's own client.
     */
    public static final List<String> ADMIN_SCOPE = List.of("admin:accounts", "read:accounts", "write:accounts");
    private static final Object WRITES = new Object();

    private final DocumentStore documents;
    private final Clock clock;

    public UserStore(DocumentStore documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public DocumentStore documents() {
        return documents;
    }

    /** Now, to the millisecond, as every timestamp of this area is written. */
    public String now() {
        return timestamp(clock.instant());
    }

    public static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC).toString();
    }

    /** Runs {@code work} in one transaction, one writer at a time (see the class comment). */
    public <T> T write(Function<DocumentStore.Tx, T> work) {
        synchronized (WRITES) {
            return documents.inTransaction(work);
        }
    }

    public Optional<ObjectNode> byId(String id) {
        return documents.get(KIND, OWNER, id);
    }

    public Optional<ObjectNode> byUsername(String username) {
        return documents.byLookup(KIND, key(username)).map(DocumentStore.Found::document);
    }

    public static Optional<ObjectNode> byId(DocumentStore.Tx tx, String id) {
        return tx.get(KIND, OWNER, id);
    }

    public static Optional<ObjectNode> byUsername(DocumentStore.Tx tx, String username) {
        return tx.byLookup(KIND, key(username)).map(DocumentStore.Found::document);
    }

    /**
     * The user who receives mail at {@code email}: the one whose username it is, else one with that address (an
     * auth user's {@code mailto:} link, say) who can reach {@code accountId}.
     */
    public Optional<ObjectNode> byEmail(String email, String accountId) {
        Optional<ObjectNode> named = byUsername(email)
                .filter(u -> email.equalsIgnoreCase(email(u).orElse("")) && isMember(u, accountId));
        if (named.isPresent()) {
            return named;
        }
        return all().stream()
                .filter(u -> email.equalsIgnoreCase(email(u).orElse("")) && isMember(u, accountId))
                .findFirst();
    }

    /** The member of {@code accountId} with this mobile number (digits compared, a leading + ignored). */
    public Optional<ObjectNode> byPhone(String phone, String accountId) {
        String wanted = digits(phone);
        return all().stream()
                .filter(u -> isMember(u, accountId) && phone(u).map(UserStore::digits).filter(wanted::equals).isPresent())
                .findFirst();
    }

    /** Everyone with access to {@code accountId}, newest first. */
    public List<ObjectNode> membersOf(String accountId) {
        return documents.list(KIND, OWNER, null, Integer.MAX_VALUE, u -> isMember(u, accountId));
    }

    private List<ObjectNode> all() {
        return documents.all(KIND, OWNER);
    }

    public static void save(DocumentStore.Tx tx, ObjectNode user) {
        tx.put(KIND, OWNER, user.get("id").asText(), user, key(user.get("username").asText()));
    }

    public static void remove(DocumentStore.Tx tx, String userId) {
        tx.delete(KIND, OWNER, userId);
    }

    /** A new user with no account yet, no password and no second factor. */
    public static ObjectNode newUser(String username, String createdBy, String now) {
        ObjectNode user = Json.object();
        user.put("id", UUID.randomUUID().toString());
        user.put("username", username);
        user.putNull("email");
        user.putNull("name");
        user.putNull("phone_number");
        user.putArray("links");
        user.putNull("password_hash");
        user.put("authentication_type", "password");
        user.put("created_at", now);
        user.put("created_by", createdBy);
        user.put("updated_at", now);
        ObjectNode mfa = user.putObject("mfa");
        for (String factor : List.of("sms", "email", "totp")) {
            mfa.putObject(factor).put("enabled", false).putNull("updated_at");
        }
        user.putObject("accounts");
        return user;
    }

    /** Grants {@code accountId} to the user (or returns the grant it already has). */
    public static ObjectNode join(ObjectNode user, String accountId, String createdBy, String now) {
        ObjectNode accounts = (ObjectNode) user.get("accounts");
        if (accounts.has(accountId)) {
            return (ObjectNode) accounts.get(accountId);
        }
        ObjectNode membership = accounts.putObject(accountId);
        membership.putArray("scope");
        membership.putArray("roles");
        membership.putNull("agreement");
        membership.put("created_at", now);
        membership.put("created_by", createdBy);
        membership.put("updated_at", now);
        membership.putNull("last_seen_at");
        return membership;
    }

    public static boolean isMember(JsonNode user, String accountId) {
        return user.path("accounts").has(accountId);
    }

    public static ObjectNode membership(ObjectNode user, String accountId) {
        return (ObjectNode) user.path("accounts").get(accountId);
    }

    public static List<String> accountIds(JsonNode user) {
        List<String> ids = new ArrayList<>();
        user.path("accounts").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    /** Where mail to this user goes: its own email, a {@code mailto:} link, or a username that is an address. */
    public static Optional<String> email(JsonNode user) {
        String own = user.path("email").asText(null);
        if (own != null && !own.isBlank()) {
            return Optional.of(own);
        }
        Optional<String> link = link(user, "email", "mailto:");
        if (link.isPresent()) {
            return link;
        }
        String username = user.path("username").asText("");
        return username.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") ? Optional.of(username) : Optional.empty();
    }

    /** Where texts to this user go: the SMS-MFA number, or a {@code tel:} link. */
    public static Optional<String> phone(JsonNode user) {
        String own = user.path("phone_number").asText(null);
        if (own != null && !own.isBlank()) {
            return Optional.of(own);
        }
        return link(user, "phone_number", "tel:");
    }

    private static Optional<String> link(JsonNode user, String rel, String scheme) {
        for (JsonNode link : user.path("links")) {
            String href = link.path("href").asText("");
            if (rel.equals(link.path("rel").asText()) && href.startsWith(scheme) && href.length() > scheme.length()) {
                return Optional.of(href.substring(scheme.length()));
            }
        }
        return Optional.empty();
    }

    public static boolean factorEnabled(JsonNode user, String factor) {
        return user.path("mfa").path(factor).path("enabled").asBoolean(false);
    }

    /** Out-of-band channels the user has turned on for sign-in and can be reached on, in the order sms, email. */
    public static List<String> oobChannels(JsonNode user) {
        List<String> channels = new ArrayList<>();
        if (factorEnabled(user, "sms") && phone(user).isPresent()) {
            channels.add("sms");
        }
        if (factorEnabled(user, "email") && email(user).isPresent()) {
            channels.add("email");
        }
        return channels;
    }

    /** Whether a password sign-in must pass a second factor. */
    public static boolean mfaRequired(JsonNode user) {
        return factorEnabled(user, "sms") || factorEnabled(user, "email") || factorEnabled(user, "totp");
    }

    public static void setFactor(ObjectNode user, String factor, boolean enabled, String now) {
        ObjectNode node = (ObjectNode) user.path("mfa").get(factor);
        node.put("enabled", enabled);
        node.put("updated_at", now);
    }

    /** Every scope the user has on {@code accountId}: its own plus those of its roles that still exist. */
    public static List<String> scopes(DocumentStore.Tx tx, JsonNode user, String accountId) {
        Set<String> scopes = new LinkedHashSet<>();
        JsonNode membership = user.path("accounts").path(accountId);
        membership.path("scope").forEach(s -> scopes.add(s.asText()));
        for (JsonNode role : membership.path("roles")) {
            RoleRoutes.find(tx, accountId, role.path("id").asText()).ifPresent(r -> r.path("scope").forEach(s -> scopes.add(s.asText())));
        }
        return List.copyOf(scopes);
    }

    public List<String> scopes(JsonNode user, String accountId) {
        return documents.inTransaction(tx -> scopes(tx, user, accountId));
    }

    /**
     * Notes what happened to or by a user, for {@code GET .../management/users/{uid}/activities}. The server only
     * listens on loopback, so the client's address is always 127.0.0.1.
     */
    public static void recordActivity(DocumentStore.Tx tx, String userId, String accountId, String action,
                                      String actor, String userAgent, String now) {
        ObjectNode activity = Json.object();
        String id = UUID.randomUUID().toString();
        activity.put("id", id);
        activity.put("created_at", now);
        activity.put("action", action);
        activity.put("actor", actor);
        activity.put("entity", userId);
        ObjectNode context = activity.putObject("context");
        context.put("ip", "127.0.0.1");
        context.put("user_agent", userAgent == null ? "" : userAgent);
        activity.put("account_id", accountId);
        tx.put(ACTIVITY_KIND, userId, id, activity);
        List<ObjectNode> kept = tx.list(ACTIVITY_KIND, userId, null, MAX_ACTIVITIES + 1, a -> true);
        if (kept.size() > MAX_ACTIVITIES) {
            tx.delete(ACTIVITY_KIND, userId, kept.get(MAX_ACTIVITIES).get("id").asText());
        }
    }

    /** The user's activities on {@code accountId}, newest first, as the API shows them. */
    public List<ObjectNode> activities(String userId, String accountId) {
        List<ObjectNode> shown = new ArrayList<>();
        for (ObjectNode activity : documents.list(ACTIVITY_KIND, userId, null, MAX_ACTIVITIES,
                a -> accountId.equals(a.path("account_id").asText()))) {
            activity.remove("account_id");
            shown.add(activity);
        }
        return shown;
    }

    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }
}
