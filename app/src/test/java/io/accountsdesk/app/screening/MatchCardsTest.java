package io.accountsdesk.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.client.json.Json;
import io.accountsdesk.client.screening.match.MatchAddress;
import io.accountsdesk.client.screening.match.MatchMerchant;
import io.accountsdesk.client.screening.match.MatchPrincipal;
import io.accountsdesk.client.screening.match.MatchResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cards from answers the sandbox does not give: a listing with a reason code MATCH does not publish (the
 * sandbox's terminate accepts only the published ones), and the same answer in MATCH's PascalCase and in the
 * snake_case of Dintero's current docs, which must render alike.
 */
class MatchCardsTest {

    private static final String PASCAL = """
            {"starting_after":0,"inquiry_reference_number":"19962026120700042","possible_matches":[{"TotalLength":1,
              "TerminatedMerchant":[{"Merchant":{"Name":"Fjordlys Café AS","DoingBusinessAsName":"Fjordlys",
                "Address":{"Line1":"Storgata 5","City":"Tromsø","PostalCode":"9008","Country":"NOR"},
                "PhoneNumber":"+4777001122","NationalTaxId":"912345678",
                "Url":["https://fjordlys.no","https://fjordlys.com"],
                "Principal":[{"FirstName":"Håkon","LastName":"Ødegård","NationalId":null,
                  "Address":{"Line1":"Vestregata 2","City":"Tromsø","Country":"NOR"}}],
                "AddedOnDate":"06/30/2025","TerminationReasonCode":"99","AddedByAcquirerID":"2142",
                "Comments":"Listed under a code of its own"},
               "MerchantMatch":{"Name":"M02","DoingBusinessAsName":"M01","PhoneNumber":"M00","Address":"M01",
                "NationalTaxId":"M00","PrincipalMatch":[{"Name":"M02","Address":"M00","NationalId":"M00"}],
                "UrlMatch":[{"url":"M01"},{"url":"M02"}]}}]}]}
            """;

    private static final String SNAKE = """
            {"starting_after":0,"inquiry_reference_number":"19962026120700042","possible_matches":[{"total_merchant_matches":1,
              "terminated_merchants":[{"merchant":{"name":"Fjordlys Café AS","doing_business_as_name":"Fjordlys",
                "address":{"line_1":"Storgata 5","city":"Tromsø","postal_code":"9008","country":"NOR"},
                "phone_number":"+4777001122","national_tax_id":"912345678",
                "urls":["https://fjordlys.no","https://fjordlys.com"],
                "principals":[{"first_name":"Håkon","last_name":"Ødegård","national_id":null,
                  "address":{"line_1":"Vestregata 2","city":"Tromsø","country":"NOR"}}],
                "added_on_date":"06/30/2025","termination_reason_code":"99","added_by_acquirer_id":"2142",
                "comments":"Listed under a code of its own"},
               "merchant_match":{"name":"M02","doing_business_as_name":"M01","phone_number":"M00","address":"M01",
                "national_tax_id":"M00","principal_matches":[{"name":"M02","address":"M00","national_id":"M00"}],
                "url_matches":[{"url":"M01"},{"url":"M02"}]}}]}]}
            """;

    private final ObjectMapper json = Json.newMapper();
    private final MatchCards cards = new MatchCards(Messages.load(Locale.ENGLISH));
    private final MatchMerchant sent = new MatchMerchant("Fjordlys Kafe AS", "Fjordlys", "https://fjordlys.no",
            new MatchAddress("Storgata 5", null, "Tromsø", "9008", "NOR"),
            List.of(new MatchPrincipal("Haakon", "Ødegaard", null)), "+4777001199");

    private ScreeningCard card(String body) throws Exception {
        MatchResult result = json.readValue(body, MatchResult.class);
        assertThat(result.totalMatches()).isEqualTo(1);
        return cards.cards(sent, result.merchants()).get(0);
    }

    @Test
    void anUnknownReasonCodeIsShownAsSentNotHidden() throws Exception {
        ScreeningCard card = card(PASCAL);
        assertThat(card.reasonCode()).isEqualTo("99");
        assertThat(card.reason()).isEqualTo("99 (a code MATCH does not publish)");
        assertThat(ReasonCodes.label("04", Messages.load(Locale.ENGLISH))).isEqualTo("04 Excessive Chargebacks");
        assertThat(ReasonCodes.label("12", Messages.load(Locale.ENGLISH)))
                .isEqualTo("12 PCI Data Security Standard Noncompliance");
        assertThat(ReasonCodes.label("04", Messages.load(Locale.of("nb"))))
                .isEqualTo("04 For mange tilbakeføringer");
    }

    @Test
    void pascalCaseAndSnakeCaseRenderTheSameCard() throws Exception {
        ScreeningCard pascal = card(PASCAL);
        assertThat(card(SNAKE)).isEqualTo(pascal);
        assertThat(pascal.listedBy()).isEqualTo("2142");
        assertThat(pascal.addedOn()).isEqualTo("06/30/2025");
        assertThat(pascal.rows()).anySatisfy(row -> {
            assertThat(row.field()).isEqualTo("Legal name");
            assertThat(row.sent()).isEqualTo("Fjordlys Kafe AS");
            assertThat(row.listed()).isEqualTo("Fjordlys Café AS");
            assertThat(row.match()).isEqualTo(FieldMatch.PHONETIC);
        });
        assertThat(pascal.rows()).filteredOn(row -> row.field().equals("Web address"))
                .extracting(ComparisonRow::match).containsExactly(FieldMatch.EXACT, FieldMatch.PHONETIC);
    }

    @Test
    void aPrincipalWithoutANationalIdKeepsItsLineWithNothingListed() throws Exception {
        ScreeningCard card = card(SNAKE);
        ComparisonRow id = card.rows().stream()
                .filter(row -> row.group().startsWith("Principal 1") && row.field().equals("National id"))
                .findFirst().orElseThrow();
        assertThat(id.listed()).isNull();
        assertThat(id.match()).isEqualTo(FieldMatch.NONE);
        ComparisonRow name = card.rows().stream()
                .filter(row -> row.group().equals("Principal 1: Håkon Ødegård") && row.field().equals("Name"))
                .findFirst().orElseThrow();
        assertThat(name.sent()).isEqualTo("Haakon Ødegaard");
        assertThat(name.match()).isEqualTo(FieldMatch.PHONETIC);
    }

    @Test
    void anIndicatorNeitherRegisterPublishesIsKeptRaw() {
        assertThat(FieldMatch.of(io.accountsdesk.client.screening.match.MatchIndicator.of("M07")))
                .isEqualTo(FieldMatch.OTHER);
        assertThat(FieldMatch.of(io.accountsdesk.client.screening.vmss.VmssMatchIndicator.of("P")))
                .isEqualTo(FieldMatch.PHONETIC);
        assertThat(FieldMatch.of(io.accountsdesk.client.screening.vmss.VmssMatchIndicator.of("N")))
                .isEqualTo(FieldMatch.NONE);
    }
}
