package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the lifecycle routes store is in the database: a restart on the same data directory keeps it. */
class AccountLifecycleRestartTest {

    private final Path dir = TestSandboxes.tempDir("lifecycle-restart");

    @AfterEach
    void cleanUp() {
        TestSandboxes.delete(dir);
    }

    private static JsonNode packagesNamed(Api api, String token, String id) {
        return api.get("/accounts/" + api.partnerId() + "/management/price-packages?limit=100&price_package_id=" + id,
                token).json().get("price_packages");
    }

    @Test
    void aCreatedAccountItsEventsAndAPricePackageSurviveARestart() {
        JsonNode account;
        JsonNode pricePackage;
        JsonNode event;
        int seeded;
        try (Sandbox first = TestSandboxes.startOwn(dir, true)) {
            Api api = TestSandboxes.api(first);
            String token = api.token();
            pricePackage = AccountFixtures.created(api.post("/accounts/" + api.partnerId() + "/management/price-packages",
                    token, AccountFixtures.pricePackage("RESTART_PP"))).get("price_package");
            ObjectNode body = AccountFixtures.newAccount("Varig AS");
            body.put("price_package", "RESTART_PP");
            account = AccountFixtures.created(api.post(api.accountsPath(), token, body));
            event = AccountFixtures.created(api.post(api.accountsPath() + "/" + account.get("account_id").asText()
                    + "/events", token, Api.JSON.createObjectNode().put("event_type", "comment").put("body", "kept")
                    .put("visibility", "private")));
            seeded = api.get("/accounts/" + api.partnerId() + "/management/price-packages?type=default&limit=100", token)
                    .json().get("price_packages").size();
        }

        try (Sandbox second = TestSandboxes.startOwn(dir, false)) {
            Api api = TestSandboxes.api(second);
            String token = api.token();
            String id = account.get("account_id").asText();
            assertThat(api.get(api.accountsPath() + "/" + id, token).json()).isEqualTo(account);
            assertThat(api.get(api.accountsPath() + "?limit=1", token).json().get(0)).isEqualTo(account);
            assertThat(api.get(api.accountsPath() + "/" + id + "/events", token).json().get(0)).isEqualTo(event);
            assertThat(packagesNamed(api, token, "RESTART_PP")).containsExactly(pricePackage);
            // The catalogue was seeded once, not again on the second start.
            assertThat(api.get("/accounts/" + api.partnerId() + "/management/price-packages?type=default&limit=100",
                    token).json().get("price_packages")).hasSize(seeded);
        }
    }
}
