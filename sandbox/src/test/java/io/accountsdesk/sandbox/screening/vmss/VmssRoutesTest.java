package io.accountsdesk.sandbox.screening.vmss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.support.Api;
import io.accountsdesk.sandbox.support.OwnSandbox;
import io.accountsdesk.sandbox.support.SpecFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;

import static io.accountsdesk.sandbox.screening.Bodies.errorFields;
import static io.accountsdesk.sandbox.screening.Bodies.vmssSearch;
import static org.assertj.core.api.Assertions.assertThat;

/** VMSS over HTTP: searching the register in Visa's names, validation and access. */
class VmssRoutesTest {

    @RegisterExtension
    static final OwnSandbox OWN = new OwnSandbox("vmss");

    private static Api api;
    private static String token;
    private static String path;

    @BeforeAll
    static void start() {
        api = OWN.api();
        token = OWN.token();
        path = "/accounts/" + api.partnerId() + "/compliance-search/vmss";
    }

    private static JsonNode search(Object body) {
        Api.Reply reply = api.post(path, token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode recordNamed(JsonNode answer, String legalName) {
        for (JsonNode record : answer.at("/searchTerminatedResponse/possibleMatches/matchedRecords")) {
            if (record.at("/terminatedRecord/legalName").asText().equals(legalName)) {
                return record;
            }
        }
        throw new AssertionError("No matched record " + legalName + " in " + answer);
    }

    @Test
    void theSeedsExampleFindsTheSeedsRecord() throws IOException {
        JsonNode answer = search(Files.readString(SpecFiles.example("L13037.json")));
        JsonNode record = recordNamed(answer, "Snap Photoshop Ltd");
        assertThat(record.get("terminatedRefID").asText()).isEqualTo("61e8aa42-d252-4e74-9dcc-85134f37a181");
        JsonNode match = record.get("terminatedRecordMatch");
        assertThat(match.get("legalName").asText()).isEqualTo("Y");
        assertThat(match.get("taxID").asText()).isEqualTo("Y");
        assertThat(match.at("/principalsMatch/0/name").asText()).isEqualTo("Y");
        assertThat(match.at("/financialAcctsMatch/0/intBankAccountNumber").asText()).isEqualTo("Y");
        assertThat(answer.at("/status/statusCode").asText()).isEqualTo("API000");
        assertThat(answer.at("/searchTerminatedResponse/searchRequestRef/terminatedRecordSearchCriteria/DBAName")
                .asText()).isEqualTo("Snap Photoshop Ltd");
    }

    @Test
    void namesAreMatchedExactlyOrByTheirSound() {
        JsonNode exact = search(vmssSearch("KJOKKENET BERGEN", "Kjøkkenet", "Strandgaten 14", "Bergen", "5013", "NO"));
        JsonNode record = recordNamed(exact, "Kjøkkenet Bergen AS");
        JsonNode match = record.get("terminatedRecordMatch");
        assertThat(match.get("legalName").asText()).isEqualTo("Y");
        assertThat(match.get("DBAName").asText()).isEqualTo("Y");
        assertThat(match.at("/addressMatch/streetAddress").asText()).isEqualTo("Y");
        assertThat(match.at("/addressMatch/city").asText()).isEqualTo("Y");
        assertThat(match.at("/addressMatch/countryOrRegion").asText()).isEqualTo("Y");
        assertThat(record.at("/terminatedRecord/primaryListingReason").asText())
                .isEqualTo("29-Bankruptcy/Liquidation/Insolvency");
        assertThat(record.get("acquirerName").asText()).isEqualTo("Fjordkort Innløsning AS");

        JsonNode phonetic = search(vmssSearch("Kökenet Bergen AS", "Kökenet", "Elsewhere 1", "Oslo", "0150", "NO"));
        JsonNode close = recordNamed(phonetic, "Kjøkkenet Bergen AS").get("terminatedRecordMatch");
        assertThat(close.get("legalName").asText()).isEqualTo("P");
        assertThat(close.at("/addressMatch/streetAddress").asText()).isEqualTo("N");
    }

    @Test
    void aPrincipalsNationalIdFindsTheirEarlierMerchant() {
        JsonNode first = recordNamed(search(vmssSearch("Kjøkkenet Bergen AS", "Kjøkkenet", "Strandgata 14", "Bergen",
                "5013", "NO")), "Kjøkkenet Bergen AS");
        String nationalId = first.at("/terminatedRecord/principals/0/residentIDOrNationalID").asText();
        assertThat(nationalId).matches("\\d{11}");

        ObjectNode body = vmssSearch("Helt Nytt Selskap AS", "Nytt", "Torggata 1", "Oslo", "0150", "NO");
        ObjectNode principal = body.with("merchant").putArray("principals").addObject();
        principal.put("name", "O. Nordmann");
        principal.put("residentIDOrNationalID", nationalId.substring(0, 6) + " " + nationalId.substring(6));
        JsonNode match = recordNamed(search(body), "Kjøkkenet Bergen AS").get("terminatedRecordMatch");
        assertThat(match.get("legalName").asText()).isEqualTo("N");
        assertThat(match.at("/principalsMatch/0/residentIDOrNationalID").asText()).isEqualTo("Y");
    }

    @Test
    void noMatchIsAnEmptyListWithItsOwnReference() {
        ObjectNode body = vmssSearch("Qwxz Zyxw Ltd", "Qwxz", "1 Nowhere Lane", "Nowhere", "ZZ1 1ZZ", "GB");
        JsonNode first = search(body);
        assertThat(first.at("/searchTerminatedResponse/possibleMatches/matchedRecords")).isEmpty();
        assertThat(first.at("/searchTerminatedResponse/possibleMatches/totalCount").asInt()).isZero();
        String ref = first.at("/searchTerminatedResponse/searchRequestRef/searchRequestRefID").asText();
        assertThat(ref).matches("SRCH\\d{6}");

        assertThat(api.post(path, token, "{}").status()).as("a rejected search takes no reference").isEqualTo(400);
        String next = search(body).at("/searchTerminatedResponse/searchRequestRef/searchRequestRefID").asText();
        assertThat(Integer.parseInt(next.substring(4))).isEqualTo(Integer.parseInt(ref.substring(4)) + 1);
    }

    @Test
    void badFieldsAreNamed() {
        ObjectNode body = vmssSearch("Feil AS", "Feil", "Storgata 1", "Oslo", "0150", "NOR");
        ObjectNode merchant = body.with("merchant");
        merchant.remove("category");
        merchant.put("tradeOverInternet", "no");
        merchant.put("businessEmailAddress", "not an address");
        merchant.putArray("merchantCategoryCodes").add("54a1");
        merchant.putArray("principals").addObject().put("SSN", "123");
        assertThat(errorFields(api.post(path, token, body), 400, "body")).containsExactlyInAnyOrder(
                "merchant.address.countryOrRegion", "merchant.category", "merchant.tradeOverInternet",
                "merchant.businessEmailAddress", "merchant.merchantCategoryCodes[0]", "merchant.principals[0].SSN",
                "merchant.principals[0].name");
        assertThat(errorFields(api.post(path, token, "{}"), 400, "body")).containsExactly("merchant");
        assertThat(errorFields(api.post(path, token, null), 400, "body")).containsExactly("body");
    }

    @Test
    void tokensAreChecked() {
        ObjectNode body = vmssSearch("Kjøkkenet Bergen AS", "Kjøkkenet", "Strandgata 14", "Bergen", "5013", "NO");
        assertThat(api.post(path, null, body).status()).isEqualTo(401);
        assertThat(api.post("/accounts/T12399999/compliance-search/vmss", token, body).status()).isEqualTo(403);
        assertThat(api.get(path, token).status()).isEqualTo(405);
    }
}
