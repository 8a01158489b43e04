package io.accountsdesk.sandbox.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.screening.match.MatchListings;
import io.accountsdesk.sandbox.screening.vmss.VmssListings;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SeedShapes;
import io.accountsdesk.sandbox.support.SpecFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screening answer against the seed's examples (spec/api/examples, rows 118–121 of examples.tsv): each object
 * the example shows is there with at least the example's keys, at every depth, in every array item. And the seed's
 * own request examples are accepted as they are.
 */
class ScreeningShapeTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("screening-shape");

    private static Api api;
    private static String token;
    private static String match;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        match = "/accounts/" + api.partnerId() + "/compliance-search/match";
    }

    private static String exampleText(String file) throws IOException {
        return Files.readString(SpecFiles.example(file));
    }

    /** Every key the example has, at every depth; array examples are matched against every actual item. */
    static List<String> missingKeys(JsonNode example, JsonNode actual, String path) {
        List<String> missing = new ArrayList<>();
        if (example.isObject()) {
            if (!actual.isObject()) {
                missing.add(path + " (not an object)");
                return missing;
            }
            Iterator<String> names = example.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!actual.has(name)) {
                    missing.add(path + "/" + name);
                } else if (!actual.get(name).isNull()) {
                    missing.addAll(missingKeys(example.get(name), actual.get(name), path + "/" + name));
                }
            }
        } else if (example.isArray() && example.size() > 0 && example.get(0).isContainerNode()) {
            if (!actual.isArray()) {
                missing.add(path + " (not an array)");
                return missing;
            }
            for (int i = 0; i < actual.size(); i++) {
                missing.addAll(missingKeys(example.get(0), actual.get(i), path + "[" + i + "]"));
            }
        }
        return missing;
    }

    @Test
    void missingKeysAreFoundAtAnyDepth() throws IOException {
        JsonNode example = Api.JSON.readTree("{\"a\":{\"b\":1,\"c\":[{\"d\":1}]}}");
        JsonNode actual = Api.JSON.readTree("{\"a\":{\"c\":[{\"d\":1},{\"e\":1}]}}");
        assertThat(missingKeys(example, actual, "")).containsExactly("/a/b", "/a/c[1]/d");
    }

    private static ObjectNode kjokkenet() {
        return Bodies.matchSearch(Bodies.matchMerchant("Kjøkkenet Bergen AS",
                Bodies.matchAddress("Strandgata 14", "Bergen", "5013", "NOR"), "Ola Nordmann"), "NOR");
    }

    @Test
    void matchSearchAnswersInTheExamplesShape() throws IOException {
        Api.Reply reply = api.post(match, token, kjokkenet());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.at("/possible_matches/0/TerminatedMerchant")).isNotEmpty();
        assertThat(missingKeys(SeedShapes.json("L12769.json"), answer, "")).isEmpty();
        assertThat(answer.get("starting_after").isInt()).isTrue();
        assertThat(answer.get("inquiry_reference_number").isTextual()).as("a string, as in the example").isTrue();
        assertThat(answer.at("/possible_matches/0/TotalLength").isInt()).isTrue();
    }

    @Test
    void matchInquiryAnswersInTheExamplesShape() throws IOException {
        String irn = api.post(match, token, kjokkenet()).json().get("inquiry_reference_number").asText();
        Api.Reply reply = api.get(match + "/" + irn, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/possible_matches/0/TerminatedMerchant")).isNotEmpty();
        assertThat(missingKeys(SeedShapes.json("L12924.json"), reply.json(), "")).isEmpty();
    }

    @Test
    void matchTerminateAcceptsTheSeedsExampleAndAnswersInItsShape() throws IOException {
        Api.Reply reply = api.post(match + "/terminate", token, exampleText("L12883.json"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(missingKeys(SeedShapes.json("L12916.json"), reply.json(), "")).isEmpty();
        assertThat(reply.json().get("merchant_reference_number").isIntegralNumber()).isTrue();
    }

    @Test
    void matchSearchAcceptsTheSeedsExample() throws IOException {
        Api.Reply reply = api.post(match, token, exampleText("L12733.json"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(missingKeys(SeedShapes.json("L12769.json"), reply.json(), "")).isEmpty();
    }

    @Test
    void vmssAcceptsTheSeedsExampleAndAnswersInItsShape() throws IOException {
        Api.Reply reply = api.post("/accounts/" + api.partnerId() + "/compliance-search/vmss", token,
                exampleText("L13037.json"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.at("/searchTerminatedResponse/possibleMatches/matchedRecords")).isNotEmpty();
        assertThat(missingKeys(SeedShapes.json("L13074.json"), answer, "")).isEmpty();
    }

    /** Not only the listings a test happens to find: every seeded one has the example's keys. */
    @Test
    void everySeededListingCarriesTheExamplesKeys() throws IOException {
        JsonNode merchantExample = SeedShapes.json("L12769.json").at("/possible_matches/0/TerminatedMerchant/0/Merchant");
        JsonNode vmssExample = SeedShapes.json("L13074.json").at("/searchTerminatedResponse/possibleMatches/matchedRecords/0");
        for (TerminatedMerchants.Merchant m : TerminatedMerchants.all()) {
            if (m.inMatch()) {
                ObjectNode shown = MatchListings.fromSeed(m, m.index()).get("Merchant").deepCopy();
                // Added per inquiry, not stored with the listing.
                shown.set("SearchCriteria", merchantExample.get("SearchCriteria"));
                shown.set("UrlGroup", merchantExample.get("UrlGroup"));
                assertThat(missingKeys(merchantExample, shown, "")).as(m.legalName()).isEmpty();
            }
            if (m.inVmss()) {
                ObjectNode listing = VmssListings.fromSeed(m);
                listing.set("terminatedRecordMatch", vmssExample.get("terminatedRecordMatch"));
                assertThat(missingKeys(vmssExample, listing, "")).as(m.legalName()).isEmpty();
            }
        }
    }
}
