package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.demo.OrgNumbers;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.accountsdesk.sandbox.support.SeedShapes.keys;
import static org.assertj.core.api.Assertions.assertThat;

/** Every served account against the seed's list-accounts example (spec/api/examples/L00829.json). */
class AccountShapeTest {

    private static final Instant ANCHOR = Instant.parse("2026-10-31T12:00:00Z");

    private static JsonNode example;
    private static List<JsonNode> accounts;
    private static String partnerId;

    @BeforeAll
    static void load() {
        example = SeedShapes.json("L00829.json").get(0);
        Api api = TestSandboxes.api(TestSandboxes.shared());
        partnerId = api.partnerId();
        accounts = api.listAll(api.token(), "", 100);
        assertThat(accounts).isNotEmpty();
    }

    @Test
    void everyAccountCarriesTheExampleKeys() {
        Map<String, String> nested = Map.of(
                "company", "/company", "billing", "/billing", "applicant", "/applicant",
                "company address", "/company/address", "billing address", "/billing/address",
                "account_manager", "/account_manager");
        for (JsonNode account : accounts) {
            String id = account.get("account_id").asText();
            assertThat(keys(account)).as(id + " top level").containsAll(keys(example));
            nested.forEach((name, pointer) -> assertThat(keys(account.at(pointer))).as(id + " " + name)
                    .containsAll(keys(example.at(pointer))));
        }
    }

    @Test
    void connectionsUseTheExampleShapePerProvider() {
        Set<String> providers = Set.of("vipps", "swish", "klarna", "bambora", "payex", "collector", "instabank");
        Set<String> seen = new HashSet<>();
        for (JsonNode account : accounts) {
            account.get("connections").properties().forEach(entry -> {
                String provider = entry.getKey();
                JsonNode connection = entry.getValue();
                String where = account.get("account_id").asText() + " " + provider;
                assertThat(providers).as(where).contains(provider);
                seen.add(provider);
                JsonNode shape = example.at("/connections/" + provider);
                assertThat(keys(shape)).as(where).containsAll(keys(connection));
                if (connection.has("configuration")) {
                    assertThat(keys(shape.get("configuration"))).as(where).containsAll(keys(connection.get("configuration")));
                }
                for (String signup : List.of("signup")) {
                    if (connection.has(signup)) {
                        assertThat(keys(shape.get(signup))).as(where).containsAll(keys(connection.get(signup)));
                    }
                }
                JsonNode events = connection.get("events");
                assertThat(events.size()).as(where).isPositive();
                Instant previous = Instant.parse(account.get("created_at").asText());
                for (JsonNode event : events) {
                    assertThat(keys(event)).containsExactlyInAnyOrderElementsOf(keys(shape.at("/events/0")));
                    Instant at = Instant.parse(event.get("created_at").asText());
                    assertThat(at).as(where + " events in order, after the account, before now")
                            .isAfterOrEqualTo(previous).isBefore(ANCHOR);
                    previous = at;
                }
                String status = connection.get("status").asText();
                assertThat(status).isIn("pending", "enabled", "failed", "declined");
                assertThat(status).as(where + " status = last event").isEqualTo(events.get(events.size() - 1).get("status").asText());
                assertThat(connection.has("configuration")).as(where + " configuration only once enabled")
                        .isEqualTo(status.equals("enabled"));
            });
        }
        assertThat(seen).as("providers appearing in 300 accounts").containsExactlyInAnyOrderElementsOf(providers);
    }

    @Test
    void accountFieldsFollowTheSeed() {
        Set<String> ids = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> progressions = new HashSet<>();
        Map<String, String> currency = Map.of("NO", "NOK", "SE", "SEK", "DK", "DKK", "FI", "EUR");
        for (JsonNode a : accounts) {
            String id = a.get("account_id").asText();
            assertThat(id).matches("^T\\d{8}$").doesNotEndWith("00000");
            assertThat(ids.add(id)).isTrue();
            assertThat(a.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(a.get("partner_id").asText()).isEqualTo(partnerId);
            assertThat(a.get("livemode").asBoolean()).isFalse();
            String progression = a.get("progression").asText();
            assertThat(progression).isIn("applied", "live", "frozen", "deactivated");
            progressions.add(progression);
            assertThat(a.get("active").asBoolean()).as(id).isEqualTo(progression.equals("live"));
            assertThat(a.get("sale_channel").asText()).isIn("DIRECT", "INBOUND", "PARTNER", "REFERRAL");
            Instant created = Instant.parse(a.get("created_at").asText());
            assertThat(created).isBefore(ANCHOR).isAfter(ANCHOR.minusSeconds(3L * 366 * 24 * 3600));
            String country = a.at("/company/address/country").asText();
            countries.add(country);
            assertThat(a.get("currency").asText()).isEqualTo(currency.get(country));
            assertThat(a.at("/account_manager/email").asText()).matches("[a-z]+\\.[a-z]+@dintero\\.com");
            assertThat(a.at("/applicant/phone_number").asText()).matches("\\+(47|46|45|358)\\d{7,10}");

            String org = a.at("/company/organization_number").asText();
            assertThat(OrgNumbers.isValid(country, org)).as(id + " " + country + " " + org).isTrue();
            assertThat(a.at("/billing/organization_number").asText()).isEqualTo(org);
            switch (country) {
                case "NO" -> assertThat(org).matches("\\d{9}");
                case "SE" -> assertThat(org).matches("5\\d{5}-\\d{4}");
                case "DK" -> assertThat(org).matches("\\d{8}");
                default -> assertThat(org).matches("\\d{7}-\\d");
            }
            assertThat(a.at("/company/business_name").asText()).matches(".+ (AS|ENK|AB|ApS|A/S|I/S|Oy|Ky)");
            Set<String> providers = keys(a.get("connections"));
            if (!country.equals("NO")) {
                assertThat(providers).as(id + " Vipps and Instabank are Norwegian").doesNotContain("vipps", "instabank");
            }
            if (!country.equals("SE")) {
                assertThat(providers).as(id + " Swish is Swedish").doesNotContain("swish");
            }
            assertThat(providers.size()).isLessThanOrEqualTo(4);
        }
        assertThat(countries).containsExactlyInAnyOrder("NO", "SE", "DK", "FI");
        assertThat(progressions).containsExactlyInAnyOrder("applied", "live", "frozen", "deactivated");
    }

    @Test
    void capturesCoverTheLastTwelveMonthsMostlyForLiveAccounts() {
        Set<String> months = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(2026, 10).minusMonths(i).toString());
        }
        int liveWithCaptures = 0;
        int live = 0;
        for (JsonNode a : accounts) {
            JsonNode captures = a.at("/statistics/checkout_captures");
            for (JsonNode c : captures) {
                assertThat(c.get("type").asText()).isEqualTo("monthly");
                assertThat(months).contains(c.get("periode").asText());
                assertThat(c.get("currency").asText()).isEqualTo(a.get("currency").asText());
                assertThat(c.get("count").asLong()).isPositive();
                assertThat(c.get("volume").asLong()).isPositive();
            }
            if (a.get("progression").asText().equals("live")) {
                live++;
                liveWithCaptures += captures.isEmpty() ? 0 : 1;
            }
            if (a.get("progression").asText().equals("applied")) {
                assertThat(captures.size()).as("applied accounts capture little").isLessThanOrEqualTo(6);
            }
        }
        assertThat(liveWithCaptures).isGreaterThan(live / 2);
    }

    @Test
    void enabledConnectionsCarryPaymentOptionsInTheAccountCurrency() {
        int enabled = 0;
        for (JsonNode a : accounts) {
            for (JsonNode c : a.get("connections")) {
                if (c.get("status").asText().equals("enabled")) {
                    enabled++;
                    JsonNode options = c.at("/configuration/payment_options");
                    assertThat(options.size()).isPositive();
                    for (JsonNode o : options) {
                        assertThat(o.get("type").asText()).isIn("vipps", "swish.swish", "klarna.klarna", "klarna.billie",
                                "bambora.creditcard", "payex.creditcard", "collector.invoice", "instabank.invoice",
                                "instabank.finance");
                        assertThat(o.at("/currencies/0").asText()).isEqualTo(a.get("currency").asText());
                    }
                }
            }
        }
        assertThat(enabled).isGreaterThan(50);
    }
}
