package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.Sandbox;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers, reported merchants and inquiries live in the database: a restart keeps them, a reset drops them. */
class ScreeningRestartTest {

    private static ObjectNode search(String name) {
        return Bodies.matchSearch(Bodies.matchMerchant(name, Bodies.matchAddress("Havnegata 2", "Tromsø", "9008", "NOR")),
                "NOR");
    }

    private static ObjectNode seeded() {
        return Bodies.matchSearch(Bodies.matchMerchant("Kjøkkenet Bergen AS",
                Bodies.matchAddress("Strandgata 14", "Bergen", "5013", "NOR")), "NOR");
    }

    private static int total(JsonNode page) {
        return page.at("/possible_matches/0/TotalLength").asInt();
    }

    @Test
    void aRestartKeepsWhatWasReportedAndAskedAndAResetDropsIt() {
        Path dir = TestSandboxes.tempDir("screening-restart");
        try {
            String irn;
            String matchPath;
            JsonNode firstPage;
            JsonNode seededHit;
            try (Sandbox sandbox = TestSandboxes.startOwn(dir, true)) {
                Api api = TestSandboxes.api(sandbox);
                String token = api.token();
                matchPath = "/accounts/" + api.partnerId() + "/compliance-search/match";
                ObjectNode merchant = Bodies.matchMerchant("Polarnatt Spill AS",
                        Bodies.matchAddress("Havnegata 2", "Tromsø", "9008", "NOR"), "Kari Polar");
                assertThat(api.post(matchPath + "/terminate", token, Bodies.terminate(merchant, "13")).status())
                        .isEqualTo(200);
                firstPage = api.post(matchPath, token, search("Polarnatt Spill")).json();
                assertThat(total(firstPage)).isEqualTo(1);
                irn = firstPage.get("inquiry_reference_number").asText();
                seededHit = api.post(matchPath, token, seeded()).json();
            }
            try (Sandbox sandbox = TestSandboxes.startOwn(dir, false)) {
                Api api = TestSandboxes.api(sandbox);
                String token = api.token();
                assertThat(api.get(matchPath + "/" + irn, token).json()).isEqualTo(firstPage);
                JsonNode again = api.post(matchPath, token, search("Polarnatt Spill")).json();
                assertThat(total(again)).as("reported before the restart, found after it").isEqualTo(1);
                assertThat(Long.parseLong(again.get("inquiry_reference_number").asText()) % 100_000)
                        .as("IRNs keep counting").isGreaterThan(Long.parseLong(irn) % 100_000);
                JsonNode seeded = api.post(matchPath, token, seeded()).json();
                assertThat(seeded.get("possible_matches")).as("the register is not seeded twice")
                        .isEqualTo(seededHit.get("possible_matches"));
            }
            try (Sandbox sandbox = TestSandboxes.startOwn(dir, true)) {
                Api api = TestSandboxes.api(sandbox);
                String token = api.token();
                assertThat(api.get(matchPath + "/" + irn, token).status()).isEqualTo(404);
                assertThat(total(api.post(matchPath, token, search("Polarnatt Spill")).json())).isZero();
                assertThat(api.post(matchPath, token, seeded()).json().get("possible_matches"))
                        .as("seeded again, identically").isEqualTo(seededHit.get("possible_matches"));
            }
        } finally {
            TestSandboxes.delete(dir);
        }
    }
}
