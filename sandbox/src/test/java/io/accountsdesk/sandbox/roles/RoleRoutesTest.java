package io.accountsdesk.sandbox.roles;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.accountsdesk.sandbox.clients.Checks.invalid;
import static io.accountsdesk.sandbox.clients.Checks.ok;
import static io.accountsdesk.sandbox.clients.Checks.values;
import static io.accountsdesk.sandbox.support.ErrorBodies.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Roles over HTTP: the paged, filtered list, create, get, update (PUT), soft delete, and the demo roles. */
class RoleRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("roles");

    private static Api api;
    private static String token;
    private static String roles;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        roles = "/accounts/" + api.partnerId() + "/auth/roles";
    }

    private static Map<String, Object> role(String name, String description, List<String> scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", description);
        body.put("scope", scope);
        return body;
    }

    private static JsonNode create(String name, List<String> scope) {
        return ok(api.post(roles, token, role(name, "about " + name, scope)));
    }

    /** Every role the list serves for {@code query}, following starting_after. */
    private static List<JsonNode> all(String query) {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        while (true) {
            JsonNode page = ok(api.get(roles + "?limit=100" + query + (after == null ? "" : "&starting_after=" + after), token));
            page.forEach(all::add);
            if (page.size() < 100) {
                return all;
            }
            after = page.get(page.size() - 1).get("id").asText();
        }
    }

    @Test
    void theDemoRolesAreThereNewestFirst() {
        JsonNode list = ok(api.get(roles + "?name=" + Api.enc("order support"), token));
        assertThat(list).hasSize(1);
        JsonNode orderSupport = list.get(0);
        assertThat(orderSupport.get("id").asText()).isEqualTo(RoleSeeder.idOf("order support"));
        assertThat(orderSupport.get("description").asText()).isEqualTo("Administrate orders");
        assertThat(orderSupport.get("scope").toString()).isEqualTo("[\"read:accounts\",\"read:billing\",\"admin:shopping\"]");
        assertThat(orderSupport.get("created_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());
        List<String> demoNames = values(Api.JSON.valueToTree(all("")), "name");
        assertThat(demoNames).containsSubsequence("billing admin", "account viewer", "order support");
    }

    @Test
    void createGetUpdateDelete() {
        JsonNode created = create("refunds", List.of("write:refunds"));
        String id = created.get("id").asText();
        assertThat(created.get("name").asText()).isEqualTo("refunds");
        assertThat(created.get("created_at").asText()).isEqualTo(created.get("updated_at").asText());
        assertThat(created.get("deleted_at").isNull()).isTrue();
        assertThat(ok(api.get(roles + "/" + id, token))).isEqualTo(created);
        assertThat(values(ok(api.get(roles, token)), "id").get(0)).as("newest first").isEqualTo(id);

        JsonNode updated = ok(api.put(roles + "/" + id, token, Map.of("name", "refunds and disputes",
                "scope", List.of("write:refunds", "write:disputes"))));
        assertThat(updated.get("id").asText()).isEqualTo(id);
        assertThat(updated.get("name").asText()).isEqualTo("refunds and disputes");
        assertThat(updated.get("description").isNull()).as("PUT replaces: a left-out description is cleared").isTrue();
        assertThat(updated.get("scope")).hasSize(2);
        assertThat(updated.get("created_at").asText()).isEqualTo(created.get("created_at").asText());
        assertThat(ok(api.get(roles + "/" + id, token))).isEqualTo(updated);

        JsonNode deleted = ok(api.delete(roles + "/" + id, token));
        assertThat(deleted.get("deleted_at").isNull()).isFalse();
        assertThat(deleted.get("deleted_by").asText()).isEqualTo(OWN.sandbox().credentials().clientId());
        assertError(api.get(roles + "/" + id, token), 404, "not_found");
        assertError(api.put(roles + "/" + id, token, Map.of("scope", List.of("x"))), 404, "not_found");
        assertError(api.delete(roles + "/" + id, token), 404, "not_found");
        assertThat(values(Api.JSON.valueToTree(all("")), "id")).doesNotContain(id);
        List<JsonNode> withDeleted = all("&include_deleted=true");
        assertThat(values(Api.JSON.valueToTree(withDeleted), "id")).contains(id);
    }

    @Test
    void aBadBodyNamesEachFieldAndStoresNothing() {
        int before = all("&include_deleted=true").size();
        invalid(api.post(roles, token, Map.of("name", 5, "description", true)), "scope", "name", "description");
        invalid(api.post(roles, token, Map.of("scope", List.of("read:accounts", ""))), "scope[1]");
        invalid(api.post(roles, token, Map.of("scope", "read:accounts")), "scope");
        invalid(api.post(roles, token, null), "body");
        assertError(api.post(roles, token, "{\"scope\":"), 400, "invalid_request");
        assertThat(all("&include_deleted=true")).hasSize(before);
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        JsonNode created = create("unchanged", List.of("read:accounts"));
        String id = created.get("id").asText();
        invalid(api.put(roles + "/" + id, token, Map.of("name", "changed", "scope", List.of(""))), "scope[0]");
        invalid(api.put(roles + "/" + id, token, Map.of("name", "changed")), "scope");
        assertThat(ok(api.get(roles + "/" + id, token))).isEqualTo(created);
    }

    @Test
    void unknownIdsAreNotFound() {
        String missing = UUID.randomUUID().toString();
        assertError(api.get(roles + "/" + missing, token), 404, "not_found");
        assertError(api.put(roles + "/" + missing, token, Map.of("scope", List.of("x"))), 404, "not_found");
        assertError(api.delete(roles + "/" + missing, token), 404, "not_found");
    }

    @Test
    void pagesFollowStartingAfterWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            create("pager " + i, List.of("read:accounts"));
        }
        List<String> everything = values(Api.JSON.valueToTree(all("")), "id");
        List<String> paged = new ArrayList<>();
        String after = null;
        while (true) {
            JsonNode page = ok(api.get(roles + "?limit=2" + (after == null ? "" : "&starting_after=" + after), token));
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(r -> paged.add(r.get("id").asText()));
            if (page.size() < 2) {
                break;
            }
            after = page.get(1).get("id").asText();
        }
        assertThat(paged).isEqualTo(everything);
        assertThat(ok(api.get(roles, token)).size()).as("default limit").isEqualTo(Math.min(10, everything.size()));
    }

    @Test
    void badQueryParametersAreNamed() {
        invalid(api.get(roles + "?limit=0", token), "limit");
        invalid(api.get(roles + "?limit=101", token), "limit");
        invalid(api.get(roles + "?limit=ten&include_deleted=yes", token), "limit", "include_deleted");
        invalid(api.get(roles + "?starting_after=" + UUID.randomUUID(), token), "starting_after");
        invalid(api.get(roles + "?name=a&name=b", token), "name");
    }

    @Test
    void searchLooksInIdNameAndDescriptionAndNameIsExact() {
        JsonNode role = ok(api.post(roles, token, role("Settlement Reader", "Reads payouts of the Zanzibar shop",
                List.of("read:settlements"))));
        String id = role.get("id").asText();
        assertThat(values(ok(api.get(roles + "?search=zanzibar", token)), "id")).containsExactly(id);
        assertThat(values(ok(api.get(roles + "?search=settlement%20read", token)), "id")).containsExactly(id);
        assertThat(values(ok(api.get(roles + "?search=" + id.substring(0, 13), token)), "id")).containsExactly(id);
        assertThat(values(ok(api.get(roles + "?name=settlement%20reader", token)), "id")).containsExactly(id);
        assertThat(ok(api.get(roles + "?name=settlement", token))).isEmpty();
    }

    @Test
    void authIsChecked() {
        assertError(api.get(roles, null), 401, "unauthorized");
        assertError(api.get("/accounts/T45600000/auth/roles", token), 403, "forbidden");
        assertError(api.post("/accounts/T45600000/auth/roles", token, Map.of("scope", List.of("x"))), 403, "forbidden");
    }

    /** Roles survive a restart, and the demo roles are written once: one the user deleted stays deleted. */
    @Test
    void rolesSurviveARestartAndTheDemoRolesAreSeededOnce() {
        Path own = TestSandboxes.tempDir("roles-restart");
        try {
            String kept;
            String viewer = RoleSeeder.idOf("account viewer");
            try (Sandbox first = TestSandboxes.startOwn(own, true)) {
                Api a = TestSandboxes.api(first);
                String t = a.token();
                assertThat(ok(a.get("/accounts/T123/auth/roles", t))).hasSize(RoleSeeder.ROLES.size());
                kept = ok(a.post("/accounts/T123/auth/roles", t, Map.of("name", "kept", "scope", List.of("x")))).get("id").asText();
                ok(a.delete("/accounts/T123/auth/roles/" + viewer, t));
            }
            try (Sandbox second = TestSandboxes.startOwn(own, false)) {
                Api a = TestSandboxes.api(second);
                String t = a.token();
                JsonNode list = ok(a.get("/accounts/T123/auth/roles", t));
                assertThat(values(list, "id")).contains(kept).doesNotContain(viewer);
                assertThat(list).hasSize(RoleSeeder.ROLES.size());
                assertThat(values(ok(a.get("/accounts/T123/auth/roles?include_deleted=true", t)), "id")).contains(viewer);
            }
        } finally {
            TestSandboxes.delete(own);
        }
    }
}
