package io.accountsdesk.sandbox.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.TestSandboxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's filters, paging and order, checked against expectations computed here from the unfiltered JSON
 * (the documents themselves), not from the sandbox's tables.
 */
class AccountListFilterTest {

    private static Api api;
    private static String token;
    private static List<JsonNode> all;

    @BeforeAll
    static void fetchEverything() {
        api = TestSandboxes.api(TestSandboxes.shared());
        token = api.token();
        all = api.listAll(token, "", 100);
    }

    private static Set<String> ids(List<JsonNode> accounts) {
        return accounts.stream().map(a -> a.get("account_id").asText()).collect(Collectors.toSet());
    }

    private static Set<String> expected(Predicate<JsonNode> predicate) {
        return ids(all.stream().filter(predicate).toList());
    }

    private static Set<String> served(String query) {
        return ids(api.listAll(token, query, 100));
    }

    private static Set<String> connections(JsonNode account) {
        Set<String> names = new HashSet<>();
        account.get("connections").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> statuses(JsonNode account) {
        Set<String> statuses = new HashSet<>();
        account.get("connections").forEach(c -> statuses.add(c.get("status").asText()));
        return statuses;
    }

    private static Set<String> enabledPaymentOptions(JsonNode account) {
        Set<String> options = new HashSet<>();
        account.get("connections").forEach(c -> {
            if (c.get("status").asText().equals("enabled")) {
                c.at("/configuration/payment_options").forEach(o -> options.add(o.get("type").asText()));
            }
        });
        return options;
    }

    /** Guards against a vacuous check: the filter value must select some accounts but not all. */
    private static void assertNarrows(Set<String> expected, String what) {
        assertThat(expected).as(what + " selects some accounts").isNotEmpty();
        assertThat(expected.size()).as(what + " leaves some out").isLessThan(all.size());
    }

    @Test
    void everyAccountIsListedOnceNewestFirst() {
        assertThat(all).hasSize(TestSandboxes.SHARED_ACCOUNTS);
        Comparator<JsonNode> order = Comparator.<JsonNode, Instant>comparing(a -> Instant.parse(a.get("created_at").asText()))
                .thenComparing(a -> a.get("account_id").asText()).reversed();
        List<JsonNode> sorted = new ArrayList<>(all);
        sorted.sort(order);
        assertThat(all).extracting(a -> a.get("account_id").asText())
                .containsExactlyElementsOf(sorted.stream().map(a -> a.get("account_id").asText()).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100})
    void pagingVisitsEveryAccountExactlyOnce(int limit) {
        List<JsonNode> paged = api.listAll(token, "", limit);
        assertThat(paged).extracting(a -> a.get("account_id").asText())
                .containsExactlyElementsOf(all.stream().map(a -> a.get("account_id").asText()).toList());
    }

    @Test
    void defaultLimitIsTen() {
        assertThat(api.get(api.accountsPath(), token).json()).hasSize(10);
    }

    @Test
    void connectionFilterKeepsAccountsWithAllGivenConnections() {
        int narrowing = 0;
        for (String c : List.of("vipps", "swish", "klarna", "bambora", "payex", "collector", "instabank")) {
            Set<String> expected = expected(a -> connections(a).contains(c));
            assertThat(served("connection=" + c)).as("connection=" + c).isEqualTo(expected);
            narrowing += expected.isEmpty() || expected.size() == all.size() ? 0 : 1;
        }
        assertThat(narrowing).as("connection values that actually narrow").isGreaterThanOrEqualTo(5);

        Set<String> both = expected(a -> connections(a).containsAll(List.of("klarna", "bambora")));
        assertNarrows(both, "klarna+bambora");
        assertThat(served("connection=klarna,bambora")).isEqualTo(both);
        assertThat(served("connection=klarna&connection=bambora")).isEqualTo(both);
        assertThat(served("connection=payex.creditcard")).isEqualTo(expected(a -> connections(a).contains("payex")));
    }

    @Test
    void connectionStatusFilterNeedsEveryStatusRepresented() {
        for (String s : List.of("pending", "enabled", "failed", "declined")) {
            Set<String> expected = expected(a -> statuses(a).contains(s));
            assertNarrows(expected, "connection_status=" + s);
            assertThat(served("connection_status=" + s)).as("connection_status=" + s).isEqualTo(expected);
        }
        Set<String> both = expected(a -> statuses(a).containsAll(List.of("enabled", "declined")));
        assertNarrows(both, "enabled+declined");
        assertThat(served("connection_status=enabled,declined")).isEqualTo(both);
    }

    @Test
    void paymentOptionFilterNeedsEveryOptionEnabled() {
        TreeSet<String> seen = new TreeSet<>();
        all.forEach(a -> seen.addAll(enabledPaymentOptions(a)));
        assertThat(seen).contains("vipps", "swish.swish", "klarna.klarna", "bambora.creditcard");
        for (String option : seen) {
            Set<String> expected = expected(a -> enabledPaymentOptions(a).contains(option));
            assertThat(served("payment_option=" + option)).as("payment_option=" + option).isEqualTo(expected);
        }
        Set<String> pair = expected(a -> enabledPaymentOptions(a).containsAll(List.of("klarna.klarna", "vipps")));
        assertNarrows(pair, "klarna.klarna+vipps");
        assertThat(served("payment_option=klarna.klarna&payment_option=vipps")).isEqualTo(pair);
        assertThat(served("payment_option=no.such.option")).isEmpty();
    }

    @Test
    void accountManagerFilterMatchesAnyGivenEmailIgnoringCase() {
        List<String> managers = all.stream().map(a -> a.at("/account_manager/email").asText()).distinct().sorted().toList();
        assertThat(managers).hasSizeGreaterThanOrEqualTo(4).allMatch(m -> m.endsWith("@dintero.com"));
        String first = managers.get(0);
        String second = managers.get(1);
        Set<String> one = expected(a -> a.at("/account_manager/email").asText().equals(first));
        assertNarrows(one, first);
        assertThat(served("account_manager=" + Api.enc(first.toUpperCase(Locale.ROOT)))).isEqualTo(one);
        Set<String> two = expected(a -> Set.of(first, second).contains(a.at("/account_manager/email").asText()));
        assertThat(served("account_manager=" + Api.enc(first) + "&account_manager=" + Api.enc(second))).isEqualTo(two);
        assertThat(served("account_manager=" + Api.enc(first + "," + second))).isEqualTo(two);
    }

    private static Set<String> expectedSearch(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        String digits = term.replaceAll("[\\s-]", "");
        return expected(a -> a.get("account_id").asText().toLowerCase(Locale.ROOT).contains(lower)
                || a.at("/company/business_name").asText().toLowerCase(Locale.ROOT).contains(lower)
                || a.at("/company/display_name").asText().toLowerCase(Locale.ROOT).contains(lower)
                || (!digits.isEmpty() && a.at("/company/organization_number").asText().replaceAll("[\\s-]", "").contains(digits)));
    }

    @Test
    void searchMatchesIdNamesAndOrganisationNumber() {
        JsonNode sample = all.get(all.size() / 2);
        String accountId = sample.get("account_id").asText();
        assertThat(served("search=" + accountId)).contains(accountId).isEqualTo(expectedSearch(accountId));
        String partialId = accountId.substring(1, 6);
        assertThat(served("search=" + partialId)).isEqualTo(expectedSearch(partialId));

        String businessName = sample.at("/company/business_name").asText();
        String word = businessName.split(" ")[0].toUpperCase(Locale.ROOT);
        Set<String> byWord = expectedSearch(word);
        assertNarrows(byWord, "search=" + word);
        assertThat(served("search=" + Api.enc(word))).isEqualTo(byWord);

        JsonNode swedish = all.stream().filter(a -> a.at("/company/address/country").asText().equals("SE")).findFirst().orElseThrow();
        String org = swedish.at("/company/organization_number").asText();
        assertThat(org).contains("-");
        String spaced = org.replace("-", " ");
        assertThat(served("search=" + Api.enc(spaced))).contains(swedish.get("account_id").asText())
                .isEqualTo(expectedSearch(spaced));
        assertThat(served("search=" + Api.enc(org.replace("-", "")))).contains(swedish.get("account_id").asText());

        assertThat(served("search=" + Api.enc("%"))).isEqualTo(expectedSearch("%"));
        assertThat(served("search=zzzzqqq")).isEmpty();
    }

    @Test
    void filtersCombineAsAnd() {
        JsonNode sample = all.stream().filter(a -> connections(a).contains("klarna") && statuses(a).contains("enabled"))
                .findFirst().orElseThrow();
        String manager = sample.at("/account_manager/email").asText();
        Set<String> expected = expected(a -> connections(a).contains("klarna") && statuses(a).contains("enabled")
                && a.at("/account_manager/email").asText().equals(manager));
        assertNarrows(expected, "combination");
        assertThat(served("connection=klarna&connection_status=enabled&account_manager=" + Api.enc(manager)))
                .isEqualTo(expected);
        Set<String> paged = ids(api.listAll(token, "connection=klarna&connection_status=enabled&account_manager="
                + Api.enc(manager), 3));
        assertThat(paged).isEqualTo(expected);
    }
}
