package io.accountsdesk.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.client.ApiClient;
import io.accountsdesk.client.contract.SpecFiles;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.screening.match.MatchIndicator;
import io.accountsdesk.client.screening.match.MatchResult;
import io.accountsdesk.client.screening.match.MatchSearchRequest;
import io.accountsdesk.client.screening.match.MatchTerminationRequest;
import io.accountsdesk.client.screening.match.TerminatedMerchant;
import io.accountsdesk.client.screening.vmss.VmssSearchRequest;
import io.accountsdesk.client.screening.vmss.VmssSearchResponse;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MATCH and VMSS through the typed client against the sandbox's registers: the PascalCase MATCH answers and Visa's
 * names read into the client's models, a merchant reported as terminated is found by a later search, and an inquiry
 * can be read again by its IRN.
 */
class E2eScreeningTest {

    private static final ObjectMapper JSON = Json.newMapper();

    @RegisterExtension
    static final E2eSandbox SANDBOX = new E2eSandbox(1);

    private static ApiClient client() {
        return SANDBOX.client();
    }

    /** The seed's request example with a real merchant in it instead of its "string" placeholders. */
    private static ObjectNode merchantExample(String file, String name) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(SpecFiles.example(file).toFile());
        ObjectNode merchant = (ObjectNode) body.get("merchant");
        merchant.put("business_name", name).put("trade_name", name).put("website_url", "https://example.no")
                .put("phone_number", "+4722334455");
        ObjectNode address = JSON.createObjectNode().put("address_line", "Strandkaien 12").put("city", "Bergen")
                .put("postal_code", "5013").put("country", "NOR");
        merchant.set("address", address);
        ArrayNode principals = merchant.putArray("principals");
        principals.addObject().put("first_name", "Ingrid").put("last_name", "Fjellstad").set("address", address.deepCopy());
        return body;
    }

    @Test
    void aReportedMerchantIsFoundByALaterSearchAndTheInquiryCanBeReadAgain() throws IOException {
        String name = "Fjordlys Kaffebrenneri";
        MatchTerminationRequest termination = JSON.treeToValue(merchantExample("L12883.json", name),
                MatchTerminationRequest.class);
        assertThat(client().match().terminate(SANDBOX.partner(), termination).merchantReferenceNumber()).isPositive();

        ObjectNode search = merchantExample("L12733.json", name);
        ((ObjectNode) search.get("search_criteria")).put("search_all", "Y");
        MatchResult result = client().match().searchResult(SANDBOX.partner(),
                JSON.treeToValue(search, MatchSearchRequest.class), null, null);

        assertThat(result.inquiryReferenceNumber()).isNotBlank();
        List<TerminatedMerchant> found = result.merchants();
        assertThat(found).anySatisfy(match -> {
            assertThat(match.merchant().name()).isEqualTo(name);
            assertThat(match.merchantMatch().name()).isEqualTo(MatchIndicator.of("M01"));
        });
        MatchResult again = client().match().inquiryResult(SANDBOX.partner(), result.inquiryReferenceNumber(),
                null, null);
        assertThat(again.merchants()).extracting(m -> m.merchant().name())
                .containsExactlyElementsOf(found.stream().map(m -> m.merchant().name()).toList());
    }

    @Test
    void aNameThatSoundsAlikeIsAPhoneticMatch() throws IOException {
        MatchTerminationRequest termination = JSON.treeToValue(merchantExample("L12883.json", "Kjøkkenhagen Catering"),
                MatchTerminationRequest.class);
        client().match().terminate(SANDBOX.partner(), termination);

        ObjectNode search = merchantExample("L12733.json", "Kjokenhagen Katering");
        ((ObjectNode) search.get("search_criteria")).put("search_all", "Y");
        MatchResult result = client().match().searchResult(SANDBOX.partner(),
                JSON.treeToValue(search, MatchSearchRequest.class), null, 100);

        assertThat(result.merchants()).anySatisfy(match -> {
            assertThat(match.merchant().name()).isEqualTo("Kjøkkenhagen Catering");
            assertThat(match.merchantMatch().name()).isEqualTo(MatchIndicator.of("M02"));
        });
    }

    @Test
    void anUnknownInquiryIsNotFound() {
        assertThatThrownBy(() -> client().match().inquiryResult(SANDBOX.partner(), "99999999999999999", null, null))
                .isInstanceOf(ApiException.NotFound.class);
    }

    @Test
    void theSeedsVmssExampleFindsItsOwnListingUnderVisasNames() throws IOException {
        VmssSearchRequest request = JSON.readValue(SpecFiles.example("L13037.json").toFile(), VmssSearchRequest.class);

        VmssSearchResponse response = client().vmss().search(SANDBOX.partner(), request);

        assertThat(response.matchedRecords()).isNotEmpty();
        assertThat(JSON.writeValueAsString(response)).contains("Snap Photoshop Ltd");
    }
}
