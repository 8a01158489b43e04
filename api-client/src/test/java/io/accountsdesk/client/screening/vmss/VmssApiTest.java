package io.accountsdesk.client.screening.vmss;

import static io.accountsdesk.client.MockApi.body;
import static io.accountsdesk.client.MockApi.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.accountsdesk.client.MockApi;
import io.accountsdesk.client.screening.ScreeningFixtures;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** VMSS over HTTP: Visa's own names go out and come back exactly, field by field. */
class VmssApiTest {

    @Test
    void searchSendsVisasNamesAndReadsTheMatches() throws Exception {
        try (MockApi mock = new MockApi()) {
            mock.answer(ScreeningFixtures.body("vmss-response.json"));
            VmssApi api = new VmssApi(mock.transport, "T12300000");

            VmssSearchResponse answer = api.search("T12345678", new VmssSearchRequest(merchant()));

            RecordedRequest sent = mock.take();
            assertThat(sent.getMethod()).isEqualTo("POST");
            assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/accounts/T12345678/compliance-search/vmss");
            JsonNode body = body(sent);
            assertThat(body).isEqualTo(parse("""
                    {"merchant": {
                      "address": {"city": "St Albans", "countryOrRegion": "GB", "streetAddress": "80 Wood Street",
                                  "stateOrProvince": "HRT", "zipOrPostalCode": "AL1 1AA"},
                      "taxID": "GB123456789", "DBAName": "Snap Photo", "category": "1", "legalName": "Snap Photoshop Ltd",
                      "principals": [{"SSN": "078-05-1120", "name": "Bill Smith", "principalID": "PID-4471",
                                      "passportNumber": "P5566778", "businessPhoneNumber": "+441234567890",
                                      "driverLicenseNumber": "SMITH701019B99",
                                      "businessEmailAddress": "bill@snapphoto.example",
                                      "residentIDOrNationalID": "AB123456C"}],
                      "financialAccts": [{"intBankAccountNumber": "GB29NWBK60161331926819",
                                          "financialAccountNumber": "31926819", "financialInstitutionID": "601613"}],
                      "tradeOverInternet": false, "businessEmailAddress": "info@snapphoto.example",
                      "businessPhoneNumbers": ["+441234567890"], "merchantCategoryCodes": ["7221"],
                      "businessRegistrationNumber": "452349600005"}}
                    """));

            VmssMatchedRecord record = answer.matchedRecords().get(0);
            assertThat(record.terminatedRefId()).isEqualTo("61e8aa42-d252-4e74-9dcc-85134f37a181");
            assertThat(record.terminatedRecord().dbaName()).isEqualTo("Snap Photoshop Ltd");
            assertThat(record.terminatedRecord().incorporationStatus()).isEqualTo("3");
            assertThat(record.terminatedRecord().contractEndDate()).isEqualTo(LocalDate.of(2019, 11, 14));
            assertThat(record.terminatedRecord().principals().get(0).residentIdOrNationalId()).isEqualTo("AB123456C");
            assertThat(record.terminatedRecord().financialAccounts().get(0).financialInstitutionId())
                    .isEqualTo("601613");
            assertThat(answer.status().statusCode()).isEqualTo("API000");
        }
    }

    @Test
    void matchIndicatorsAreOpen() {
        VmssRecordMatch match = ScreeningFixtures.read("vmss-response.json", VmssSearchResponse.class)
                .matchedRecords().get(0).terminatedRecordMatch();

        assertThat(match.dbaName()).isEqualTo(VmssMatchIndicator.NO_MATCH);
        assertThat(match.dbaName().isKnown()).isTrue();
        assertThat(match.taxId().value()).isEqualTo("Y");
        assertThat(match.taxId().isKnown()).isFalse();
        assertThat(match.principalsMatch().get(0).ssn()).isEqualTo(VmssMatchIndicator.NO_MATCH);
    }

    @Test
    void anAnswerWithoutMatchesHasAnEmptyList() throws Exception {
        VmssSearchResponse none = ScreeningFixtures.STRICT.readValue(
                "{\"searchTerminatedResponse\":{\"possibleMatches\":{\"totalCount\":0}},"
                        + "\"status\":{\"statusCode\":\"API000\"}}", VmssSearchResponse.class);

        assertThat(none.matchedRecords()).isEmpty();
        assertThat(new VmssSearchResponse(null, null).matchedRecords()).isEmpty();
    }

    private static VmssMerchant merchant() {
        VmssPrincipal bill = new VmssPrincipal("078-05-1120", "Bill Smith", "PID-4471", "P5566778", "+441234567890",
                "SMITH701019B99", "bill@snapphoto.example", "AB123456C");
        return new VmssMerchant(
                new VmssAddress("St Albans", "GB", "80 Wood Street", "HRT", "AL1 1AA"),
                "GB123456789", "Snap Photo", "1", "Snap Photoshop Ltd", List.of(bill),
                List.of(new VmssFinancialAccount("GB29NWBK60161331926819", "31926819", "601613")),
                false, "info@snapphoto.example", List.of("+441234567890"), List.of("7221"), "452349600005");
    }
}
