package io.accountsdesk.sandbox.roles;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.demo.DemoDataGenerator;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.store.DocumentStore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The demo roles of the partner, written once per database: the seed's own example ("order support") and two more a
 * back office would have. Ids and times are fixed (derived from names and the demo data's anchor), so every fresh
 * sandbox serves the same roles. A marker document records that this ran: a restart changes nothing and a role the
 * user deleted stays deleted; {@code --reset} drops the database and with it the marker.
 */
final class RoleSeeder {

    static final String MARKER_KIND = "roles.seeded";
    static final String MARKER_ID = "v1";

    /** One demo role; {@code ageDays} before the demo anchor. */
    record DemoRole(String name, String description, List<String> scope, int ageDays) {
    }

    /** Oldest first, so the list (newest first) starts with the last one. */
    static final List<DemoRole> ROLES = List.of(
            new DemoRole("order support", "Administrate orders", List.of("read:accounts", "read:billing", "admin:shopping"), 700),
            new DemoRole("account viewer", "Read accounts and their settings, change nothing", List.of("read:accounts"), 420),
            new DemoRole("billing admin", "Read accounts, manage billing and payouts",
                    List.of("read:accounts", "read:billing", "write:billing"), 90));

    private RoleSeeder() {
    }

    static String idOf(String name) {
        return UUID.nameUUIDFromBytes(("accounts-desk-sandbox/role/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static void ensure(DocumentStore documents, String partnerId, String creator) {
        documents.inTransaction(tx -> {
            if (tx.get(MARKER_KIND, partnerId, MARKER_ID).isPresent()) {
                return null;
            }
            for (DemoRole demo : ROLES) {
                String created = DemoDataGenerator.ANCHOR.minus(Duration.ofDays(demo.ageDays())).toString();
                ObjectNode role = Json.object();
                role.put("id", idOf(demo.name()));
                role.put("created_at", created);
                role.put("created_by", creator);
                role.put("updated_at", created);
                role.putNull("deleted_by");
                role.putNull("deleted_at");
                role.put("name", demo.name());
                role.put("description", demo.description());
                demo.scope().forEach(role.putArray("scope")::add);
                tx.put(RoleRoutes.KIND, partnerId, role.get("id").asText(), role);
            }
            tx.put(MARKER_KIND, partnerId, MARKER_ID, Json.object().put("seeded", true));
            return null;
        });
    }
}
