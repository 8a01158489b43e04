package io.accountsdesk.sandbox.users;

import io.accountsdesk.sandbox.roles.RoleRoutes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.util.List;

/**
 * How one stored user is shown: as an auth user ({@code /auth/users}), as an account user
 * ({@code /management/users}) and inside the signed-in user's profile ({@code /account/user}). Fields the seed's
 * examples carry are always present, {@code null} when they have no value (a live user's {@code deleted_at}), so a
 * client sees the same keys every time. Secrets (password hash, TOTP secret) never leave the store.
 */
public final class UserViews {

    private UserViews() {
    }

    /** The seed's AuthUser: id, times, username, links and the OOB MFA setting. */
    public static ObjectNode authUser(JsonNode user, String accountId, String deletedBy, String deletedAt) {
        JsonNode membership = user.path("accounts").path(accountId);
        ObjectNode view = Json.object();
        view.put("id", user.get("id").asText());
        view.put("created_at", membership.path("created_at").asText(user.path("created_at").asText()));
        view.put("created_by", membership.path("created_by").asText(user.path("created_by").asText()));
        view.put("updated_at", user.path("updated_at").asText());
        putNullable(view, "deleted_by", deletedBy);
        putNullable(view, "deleted_at", deletedAt);
        view.put("username", user.get("username").asText());
        view.set("links", user.path("links").deepCopy());
        List<String> channels = new java.util.ArrayList<>();
        if (UserStore.factorEnabled(user, "sms")) {
            channels.add("sms");
        }
        if (UserStore.factorEnabled(user, "email")) {
            channels.add("email");
        }
        if (channels.isEmpty()) {
            view.putNull("mfa");
        } else {
            ObjectNode mfa = view.putObject("mfa");
            mfa.put("challenge_type", "oob");
            ArrayNode list = mfa.putArray("oob_channels");
            channels.forEach(list::add);
        }
        return view;
    }

    /**
     * The seed's account user as seen from {@code accountId}. Roles are {@code [{id}]} unless {@code expandRoles},
     * when each is the role as stored by the roles routes (a role deleted since stays as {@code {id}}).
     */
    public static ObjectNode accountUser(DocumentStore.Tx tx, JsonNode user, String accountId, boolean expandRoles,
                                         String deletedBy, String deletedAt) {
        JsonNode membership = user.path("accounts").path(accountId);
        ObjectNode view = Json.object();
        view.put("id", user.get("id").asText());
        view.put("created_at", membership.path("created_at").asText());
        view.put("created_by", membership.path("created_by").asText());
        view.put("updated_at", latest(user.path("updated_at").asText(), membership.path("updated_at").asText()));
        putNullable(view, "deleted_by", deletedBy);
        putNullable(view, "deleted_at", deletedAt);
        putNullable(view, "email", UserStore.email(user).orElse(user.get("username").asText()));
        view.set("name", user.path("name").deepCopy());
        view.set("scope", membership.path("scope").deepCopy());
        view.put("authentication_type", user.path("authentication_type").asText("password"));
        view.set("agreement", membership.path("agreement").isMissingNode() ? Json.MAPPER.nullNode()
                : membership.path("agreement").deepCopy());
        ArrayNode roles = view.putArray("roles");
        for (JsonNode ref : membership.path("roles")) {
            String id = ref.path("id").asText();
            ObjectNode role = expandRoles ? RoleRoutes.find(tx, accountId, id).orElse(null) : null;
            roles.add(role != null ? role : Json.object().put("id", id));
        }
        view.set("last_seen_at", membership.path("last_seen_at").isMissingNode() ? Json.MAPPER.nullNode()
                : membership.path("last_seen_at").deepCopy());
        view.set("configuration", configuration(user));
        return view;
    }

    /** {@code {mfa: {sms: {updated_at, enabled}, totp: {updated_at, enabled}}}}: the factors an account user sets. */
    public static ObjectNode configuration(JsonNode user) {
        ObjectNode configuration = Json.object();
        ObjectNode mfa = configuration.putObject("mfa");
        for (String factor : List.of("sms", "totp")) {
            JsonNode stored = user.path("mfa").path(factor);
            ObjectNode shown = mfa.putObject(factor);
            shown.set("updated_at", stored.path("updated_at").isMissingNode() ? Json.MAPPER.nullNode()
                    : stored.path("updated_at").deepCopy());
            shown.put("enabled", stored.path("enabled").asBoolean(false));
        }
        return configuration;
    }

    /** The part of an account entry in {@code /account/user} that describes the user there. */
    public static ObjectNode profileUser(JsonNode user, String accountId) {
        JsonNode membership = user.path("accounts").path(accountId);
        ObjectNode view = Json.object();
        view.put("id", user.get("id").asText());
        view.set("last_seen_at", membership.path("last_seen_at").isMissingNode() ? Json.MAPPER.nullNode()
                : membership.path("last_seen_at").deepCopy());
        view.set("scope", membership.path("scope").deepCopy());
        view.set("name", user.path("name").deepCopy());
        putNullable(view, "email", UserStore.email(user).orElse(null));
        view.set("agreement", membership.path("agreement").isMissingNode() ? Json.MAPPER.nullNode()
                : membership.path("agreement").deepCopy());
        return view;
    }

    private static String latest(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        return java.time.OffsetDateTime.parse(a).isAfter(java.time.OffsetDateTime.parse(b)) ? a : b;
    }

    private static void putNullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
