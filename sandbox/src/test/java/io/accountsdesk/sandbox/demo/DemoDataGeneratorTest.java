package io.accountsdesk.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.sandbox.accounts.AccountRecord;
import io.accountsdesk.sandbox.accounts.ConnectionState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameSeedGivesIdenticalDocumentsInAnyOrder() {
        DemoDataGenerator a = new DemoDataGenerator(99);
        DemoDataGenerator b = new DemoDataGenerator(99);
        List<AccountRecord> forward = a.generate(0, 200);
        for (int i = 199; i >= 0; i--) {
            assertThat(b.generate(i).document()).isEqualTo(forward.get(i).document());
        }
        assertThat(new DemoDataGenerator(100).generate(0).document()).isNotEqualTo(forward.get(0).document());
    }

    @Test
    void credentialsFollowTheSeed() {
        DemoPartner one = DemoPartner.forSeed(1);
        assertThat(DemoPartner.forSeed(1)).isEqualTo(one);
        assertThat(DemoPartner.forSeed(2).client().clientSecret()).isNotEqualTo(one.client().clientSecret());
        assertThat(one.client().clientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(one.partnerId()).matches("^[PT]\\d{3}00000$");
        assertThat(one.client().toString()).doesNotContain(one.client().clientSecret());
    }

    @Test
    void liveModeSeedsThePPartnerWithItsOwnClientAndTheSameMerchantsUnderPIds() throws Exception {
        DemoPartner test = DemoPartner.forSeed(1, false);
        DemoPartner live = DemoPartner.forSeed(1, true);
        assertThat(test).isEqualTo(DemoPartner.forSeed(1));
        assertThat(test.partnerId()).isEqualTo("T12300000");
        assertThat(live.partnerId()).isEqualTo("P12300000");
        assertThat(live.liveMode()).isTrue();
        assertThat(test.liveMode()).isFalse();
        assertThat(live.name()).isEqualTo(test.name());
        assertThat(live.client().partnerId()).isEqualTo("P12300000");
        assertThat(live.client().clientId()).isNotEqualTo(test.client().clientId());
        assertThat(live.client().clientSecret()).isNotEqualTo(test.client().clientSecret());
        assertThat(DemoPartner.forSeed(1, true)).isEqualTo(live);

        List<AccountRecord> tests = new DemoDataGenerator(1, false).generate(0, 50);
        List<AccountRecord> lives = new DemoDataGenerator(1, true).generate(0, 50);
        for (int i = 0; i < 50; i++) {
            JsonNode t = JSON.readTree(tests.get(i).document());
            JsonNode l = JSON.readTree(lives.get(i).document());
            assertThat(l.get("account_id").asText()).isEqualTo("P" + t.get("account_id").asText().substring(1));
            assertThat(l.get("partner_id").asText()).isEqualTo("P12300000");
            assertThat(l.get("livemode").asBoolean()).isTrue();
            assertThat(t.get("livemode").asBoolean()).isFalse();
            assertThat(l.at("/company/business_name")).isEqualTo(t.at("/company/business_name"));
        }
    }

    @Test
    void storedColumnsAgreeWithTheDocument() throws Exception {
        DemoDataGenerator generator = new DemoDataGenerator(5);
        for (AccountRecord r : generator.generate(0, 300)) {
            JsonNode doc = JSON.readTree(r.document());
            assertThat(doc.get("account_id").asText()).isEqualTo(r.accountId());
            assertThat(doc.get("created_at").asText()).isEqualTo(r.createdAt().toString());
            assertThat(doc.at("/company/business_name").asText()).isEqualTo(r.businessName());
            assertThat(doc.at("/company/display_name").asText()).isEqualTo(r.displayName());
            assertThat(doc.at("/company/organization_number").asText()).isEqualTo(r.organizationNumber());
            assertThat(doc.at("/account_manager/email").asText()).isEqualTo(r.accountManagerEmail());
            assertThat(doc.get("progression").asText()).isEqualTo(r.progression());

            List<ConnectionState> fromDoc = new ArrayList<>();
            TreeSet<String> enabledOptions = new TreeSet<>();
            doc.get("connections").properties().forEach(e -> {
                fromDoc.add(new ConnectionState(e.getKey(), e.getValue().get("status").asText()));
                if (e.getValue().get("status").asText().equals("enabled")) {
                    e.getValue().at("/configuration/payment_options").forEach(o -> enabledOptions.add(o.get("type").asText()));
                }
            });
            assertThat(r.connections()).containsExactlyInAnyOrderElementsOf(fromDoc);
            assertThat(r.paymentOptions()).containsExactlyInAnyOrderElementsOf(enabledOptions);
        }
    }

    @Test
    void accountIdsAreUniqueRandomLookingAndNeverPartnerIds() {
        AccountIdSequence ids = new AccountIdSequence(20_261_031L);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String id = ids.accountId("T", i);
            assertThat(id).matches("^T\\d{8}$");
            assertThat(id.endsWith("00000")).as(id).isFalse();
            assertThat(seen.add(id)).as("duplicate " + id + " at " + i).isTrue();
        }
        // Neighbouring indexes must not give neighbouring ids.
        long a = Long.parseLong(ids.accountId("T", 0).substring(1));
        long b = Long.parseLong(ids.accountId("T", 1).substring(1));
        assertThat(Math.abs(a - b)).isGreaterThan(1_000_000L);
        assertThat(new AccountIdSequence(1).accountId("T", 0)).isNotEqualTo(new AccountIdSequence(2).accountId("T", 0));
    }

    @Test
    void theLastIdOfTheSpaceIsStillValid() {
        AccountIdSequence ids = new AccountIdSequence(3);
        assertThat(ids.accountId("T", AccountIdSequence.SPACE - 1)).matches("^T\\d{8}$");
    }
}
