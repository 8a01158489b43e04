package io.accountsdesk.sandbox.screening.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.accountsdesk.sandbox.screening.Bodies.errorFields;
import static io.accountsdesk.sandbox.screening.Bodies.matchAddress;
import static io.accountsdesk.sandbox.screening.Bodies.matchMerchant;
import static io.accountsdesk.sandbox.screening.Bodies.matchSearch;
import static io.accountsdesk.sandbox.screening.Bodies.terminate;
import static org.assertj.core.api.Assertions.assertThat;

/** MATCH over HTTP: inquiries, IRN look-ups, paging, reporting a merchant, validation and access. */
class MatchRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("match");

    private static Api api;
    private static String token;
    private static String base;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        base = "/accounts/" + api.partnerId() + "/compliance-search/match";
    }

    private static ObjectNode bergen(String name) {
        return matchMerchant(name, matchAddress("Strandgata 14", "Bergen", "5013", "NOR"));
    }

    private static JsonNode search(ObjectNode body, String query) {
        Api.Reply reply = api.post(base + query, token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode hits(JsonNode page) {
        return page.at("/possible_matches/0/TerminatedMerchant");
    }

    private static JsonNode hitNamed(JsonNode page, String name) {
        for (JsonNode hit : hits(page)) {
            if (hit.at("/Merchant/Name").asText().equals(name)) {
                return hit;
            }
        }
        throw new AssertionError("No possible match named " + name + " in " + page);
    }

    @Test
    void aNormalisedSpellingIsAnExactMatch() {
        JsonNode page = search(matchSearch(bergen("Kjokkenet Bergen"), "NOR"), "");
        JsonNode hit = hits(page).get(0);
        assertThat(hit.at("/Merchant/Name").asText()).isEqualTo("Kjøkkenet Bergen AS");
        assertThat(hit.at("/MerchantMatch/Name").asText()).isEqualTo("M01");
        assertThat(hit.at("/MerchantMatch/Address").asText()).isEqualTo("M01");
        assertThat(hit.at("/MerchantMatch/PhoneNumber").asText()).isEqualTo("M00");
        assertThat(hit.at("/Merchant/TerminationReasonCode").asText()).isEqualTo("04");
        assertThat(hit.at("/Merchant/AddedOnDate").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(page.get("starting_after").asInt()).isZero();
        assertThat(page.get("inquiry_reference_number").asText()).matches("1996\\d{13}");
    }

    @Test
    void aSpellingThatSoundsAlikeIsAPhoneticMatch() {
        ObjectNode merchant = bergen("Kökenet Bergen");
        merchant.withArray("principals").addObject().put("first_name", "Ola").put("last_name", "Nordman");
        JsonNode hit = hitNamed(search(matchSearch(merchant, "NOR"), ""), "Kjøkkenet Bergen AS");
        assertThat(hit.at("/MerchantMatch/Name").asText()).isEqualTo("M02");
        assertThat(hit.at("/MerchantMatch/PrincipalMatch/0/Name").asText()).isEqualTo("M02");
        assertThat(hit.at("/MerchantMatch/PrincipalMatch/0/NationalId").asText()).isEqualTo("M00");
    }

    @Test
    void theWebsiteIsComparedAndGrouped() {
        ObjectNode merchant = matchMerchant("Ingen Likhet AS", matchAddress("Nowhere 1", "Oslo", "0150", "NOR"));
        merchant.put("website_url", "http://kjokkenet.no/");
        JsonNode hit = hitNamed(search(matchSearch(merchant, "NOR"), ""), "Kjøkkenet Bergen AS");
        assertThat(hit.at("/MerchantMatch/Name").asText()).isEqualTo("M00");
        assertThat(hit.at("/MerchantMatch/UrlMatch/0/url").asText()).isEqualTo("M01");
        assertThat(hit.at("/Merchant/UrlGroup/0/ExactMatchUrls/Url/0").asText()).isEqualTo("https://www.kjokkenet.no");
    }

    @Test
    void searchCriteriaLimitWhereToLook() {
        assertThat(search(matchSearch(bergen("Kjøkkenet Bergen AS"), "SWE"), "").at("/possible_matches/0/TotalLength")
                .asInt()).as("not in Sweden").isZero();
        ObjectNode everywhere = matchSearch(bergen("Kjøkkenet Bergen AS"));
        everywhere.with("search_criteria").put("search_all", "Y");
        JsonNode page = search(everywhere, "");
        assertThat(hits(page).get(0).at("/Merchant/SearchCriteria/SearchAll").asText()).isEqualTo("Y");
        ObjectNode europe = matchSearch(bergen("Kjøkkenet Bergen AS"));
        europe.with("search_criteria").putArray("region").add("D");
        assertThat(search(europe, "").at("/possible_matches/0/TotalLength").asInt()).isPositive();
    }

    @Test
    void noMatchIsAnEmptyGroupWithAnIrn() {
        ObjectNode merchant = matchMerchant("Qwxz Zyxw Ltd", matchAddress("1 Nowhere Lane", "Nowhere", "ZZ1 1ZZ", "GBR"));
        JsonNode page = search(matchSearch(merchant, "GBR"), "");
        assertThat(page.at("/possible_matches/0/TotalLength").asInt()).isZero();
        assertThat(hits(page)).isEmpty();
        assertThat(page.get("inquiry_reference_number").asText()).isNotBlank();
    }

    @Test
    void aReportedMerchantIsFoundExactlyAndPhonetically() {
        ObjectNode merchant = matchMerchant("Tindefjell Klatring AS", matchAddress("Kirkegata 3", "Trondheim", "7010", "NOR"),
                "Trude Fjellheim");
        merchant.put("trade_name", "Tindefjell Klatresenter");
        merchant.put("phone_number", "+47 73 12 34 56");
        merchant.put("website_url", "https://tindefjell-klatring.no");
        merchant.put("merchant_category", "7941");
        Api.Reply reported = api.post(base + "/terminate", token, terminate(merchant, "12"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        long reference = reported.json().get("merchant_reference_number").asLong();
        assertThat(reported.json().get("merchant_reference_number").isIntegralNumber()).isTrue();
        assertThat(Long.toString(reference)).startsWith("1996");

        ObjectNode exact = matchMerchant("TINDEFJELL KLATRING", matchAddress("Kirkegt. 3", "Trondheim", "7010", "NOR"),
                "Trude Fjellheim");
        exact.put("phone_number", "73123456");
        JsonNode hit = hitNamed(search(matchSearch(exact, "NOR"), ""), "Tindefjell Klatring AS");
        assertThat(hit.at("/MerchantMatch/Name").asText()).isEqualTo("M01");
        assertThat(hit.at("/MerchantMatch/Address").asText()).isEqualTo("M01");
        assertThat(hit.at("/MerchantMatch/PhoneNumber").asText()).isEqualTo("M01");
        assertThat(hit.at("/MerchantMatch/PrincipalMatch/0/Name").asText()).isEqualTo("M01");
        assertThat(hit.at("/Merchant/TerminationReasonCode").asText()).isEqualTo("12");
        assertThat(hit.at("/Merchant/Comments").asText()).contains("Chargeback");
        assertThat(hit.at("/Merchant/AddedByAcquirerID").asText()).isEqualTo("1996");

        ObjectNode phonetic = matchMerchant("Tindefjel Klatring", matchAddress("Elsewhere 9", "Oslo", "0150", "NOR"),
                "Trude Fjelheim");
        JsonNode close = hitNamed(search(matchSearch(phonetic, "NOR"), ""), "Tindefjell Klatring AS");
        assertThat(close.at("/MerchantMatch/Name").asText()).isEqualTo("M02");
        assertThat(close.at("/MerchantMatch/Address").asText()).isEqualTo("M00");
        assertThat(close.at("/MerchantMatch/PrincipalMatch/0/Name").asText()).isEqualTo("M02");
    }

    @Test
    void pagesByOffsetAndTheIrnPagesTheSameInquiry() {
        String name = "Sidevis Testbutikk AS";
        for (int i = 0; i < 25; i++) {
            ObjectNode merchant = matchMerchant(name, matchAddress("Torggata " + (i + 1), "Oslo", "0150", "NOR"),
                    "Per Side");
            assertThat(api.post(base + "/terminate", token, terminate(merchant, "04")).status()).isEqualTo(200);
        }
        ObjectNode body = matchSearch(matchMerchant(name, matchAddress("Annen gate 1", "Bergen", "5003", "NOR")), "NOR");
        JsonNode first = search(body, "");
        assertThat(first.at("/possible_matches/0/TotalLength").asInt()).isEqualTo(25);
        assertThat(hits(first)).as("default limit").hasSize(20);
        String irn = first.get("inquiry_reference_number").asText();

        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int offset = 0; offset < 30; offset += 10) {
            Api.Reply reply = api.get(base + "/" + irn + "?limit=10&starting_after=" + offset, token);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode page = reply.json();
            assertThat(page.get("starting_after").asInt()).isEqualTo(offset);
            assertThat(page.get("inquiry_reference_number").asText()).isEqualTo(irn);
            assertThat(page.at("/possible_matches/0/TotalLength").asInt()).isEqualTo(25);
            sizes.add(hits(page).size());
            hits(page).forEach(h -> assertThat(seen.add(h.at("/Merchant/Address/Line1").asText())).isTrue());
        }
        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(seen).hasSize(25);

        JsonNode again = api.get(base + "/" + irn, token).json();
        assertThat(again).as("the IRN gives back the inquiry's first page").isEqualTo(first);
        JsonNode past = search(body, "?starting_after=40&limit=5");
        assertThat(hits(past)).isEmpty();
        assertThat(past.at("/possible_matches/0/TotalLength").asInt()).isEqualTo(25);
        assertThat(past.get("inquiry_reference_number").asText()).as("a new inquiry").isNotEqualTo(irn);
    }

    @Test
    void anInquiryKeepsWhatItFoundThen() {
        ObjectNode body = matchSearch(matchMerchant("Senere Lagt Til AS", matchAddress("Storgata 1", "Oslo", "0150", "NOR")),
                "NOR");
        JsonNode before = search(body, "");
        assertThat(before.at("/possible_matches/0/TotalLength").asInt()).isZero();
        ObjectNode merchant = matchMerchant("Senere Lagt Til AS", matchAddress("Storgata 1", "Oslo", "0150", "NOR"),
                "Kari Senere");
        assertThat(api.post(base + "/terminate", token, terminate(merchant, "05")).status()).isEqualTo(200);
        String irn = before.get("inquiry_reference_number").asText();
        assertThat(api.get(base + "/" + irn, token).json().at("/possible_matches/0/TotalLength").asInt()).isZero();
        assertThat(search(body, "").at("/possible_matches/0/TotalLength").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownIrnIs404AndAMalformedOneIs400() {
        Api.Reply unknown = api.get(base + "/19960101010199999", token);
        assertThat(errorFields(unknown, 404, null)).isEmpty();
        assertThat(unknown.json().at("/error/code").asText()).isEqualTo("not_found");
        assertThat(errorFields(api.get(base + "/abc", token), 400, "path")).containsExactly("irn");
        assertThat(api.send("DELETE", base + "/19960101010199999", token, null).status()).isEqualTo(405);
        assertThat(api.get(base + "/terminate", token).status()).as("terminate is POST only").isEqualTo(405);
    }

    @Test
    void aSearchIsCheckedWholeBeforeAnythingHappens() {
        ObjectNode merchant = matchMerchant("Feil AS", matchAddress("Storgata 1", "Oslo", "0150", "NORWAY"));
        merchant.withArray("principals").addObject().put("first_name", "Ola");
        ObjectNode body = matchSearch(merchant, "NO");
        body.with("search_criteria").putArray("region").add("Z");
        Api.Reply reply = api.post(base + "?limit=0&starting_after=-1", token, body);
        assertThat(errorFields(reply, 400, "body")).containsExactlyInAnyOrder("merchant.address.country",
                "merchant.principals[0].last_name", "search_criteria.country[0]", "search_criteria.region[0]");
        assertThat(errorFields(reply, 400, "query")).containsExactlyInAnyOrder("limit", "starting_after");
        assertThat(errorFields(api.post(base + "?limit=abc", token, "{}"), 400, null))
                .containsExactlyInAnyOrder("limit", "merchant", "search_criteria");
        assertThat(errorFields(api.get(base + "/19960101010199999?starting_after=x", token), 400, "query"))
                .containsExactly("starting_after");
        assertThat(errorFields(api.post(base, token, "{not json"), 400, "body")).containsExactly("body");
    }

    @Test
    void aRejectedSearchUsesUpNoIrn() {
        ObjectNode good = matchSearch(bergen("Ingen Treff Her"), "NOR");
        long first = Long.parseLong(search(good, "").get("inquiry_reference_number").asText());
        assertThat(api.post(base, token, matchSearch(bergen(""), "NOR")).status()).isEqualTo(400);
        long second = Long.parseLong(search(good, "").get("inquiry_reference_number").asText());
        assertThat(second % 100_000).isEqualTo(first % 100_000 + 1);
    }

    @Test
    void aRejectedTerminationStoresNothing() {
        String name = "Avvist Rapport AS";
        ObjectNode merchant = matchMerchant(name, matchAddress("Storgata 9", "Oslo", "0150", "NOR"), "Ola Avvist");
        merchant.put("merchant_category", "58x2");
        merchant.put("cat_flag", "maybe");
        ObjectNode body = terminate(merchant, "06");
        body.with("termination").put("agreement_start_date", "2025-03-01").put("agreement_termination_date", "2025-02-30");
        assertThat(errorFields(api.post(base + "/terminate", token, body), 400, "body")).containsExactlyInAnyOrder(
                "merchant.merchant_category", "merchant.cat_flag", "termination.termination_reason",
                "termination.agreement_termination_date");

        ObjectNode reversed = terminate(matchMerchant(name, matchAddress("Storgata 9", "Oslo", "0150", "NOR"), "Ola Avvist"),
                "04");
        reversed.with("termination").put("agreement_start_date", "2025-03-01").put("agreement_termination_date", "2025-02-01");
        assertThat(errorFields(api.post(base + "/terminate", token, reversed), 400, "body"))
                .containsExactly("termination.agreement_termination_date");

        ObjectNode nobody = terminate(matchMerchant(name, matchAddress("Storgata 9", "Oslo", "0150", "NOR")), "04");
        assertThat(errorFields(api.post(base + "/terminate", token, nobody), 400, "body")).containsExactly("merchant.principals");
        assertThat(errorFields(api.post(base + "/terminate", token, "{}"), 400, "body"))
                .containsExactlyInAnyOrder("merchant", "termination");

        JsonNode page = search(matchSearch(matchMerchant(name, matchAddress("Storgata 9", "Oslo", "0150", "NOR")), "NOR"), "");
        assertThat(page.at("/possible_matches/0/TotalLength").asInt()).as("nothing was listed").isZero();
    }

    @Test
    void tokensAreChecked() {
        ObjectNode body = matchSearch(bergen("Kjøkkenet Bergen"), "NOR");
        Api.Reply anonymous = api.post(base, null, body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.post("/accounts/T12399999/compliance-search/match", token, body).status()).isEqualTo(403);
        assertThat(api.get("/accounts/T12399999/compliance-search/match/1", token).status()).isEqualTo(403);
        assertThat(api.post("/accounts/T12399999/compliance-search/match/terminate", token, "{}").status()).isEqualTo(403);
        assertThat(api.get(base + "/1", "not-a-token").status()).isEqualTo(401);
    }
}
