package io.accountsdesk.client.screening;

import io.accountsdesk.client.http.Redacted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsdesk.client.screening.match.DriversLicense;
import io.accountsdesk.client.screening.match.MatchAddress;
import io.accountsdesk.client.screening.match.MatchPrincipal;
import io.accountsdesk.client.screening.match.MatchResult;
import io.accountsdesk.client.screening.vmss.VmssMerchant;
import io.accountsdesk.client.screening.vmss.VmssPrincipal;
import io.accountsdesk.client.screening.vmss.VmssSearchRequest;
import io.accountsdesk.client.screening.vmss.VmssSearchResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identity and account numbers in screening bodies never show up in a record's {@code toString()}. */
class ScreeningRedactionTest {

    @Test
    void aMatchResultPrintsNamesButNoIdentityOrTaxNumbers() {
        String text = ScreeningFixtures.read("match-result-pascal.json", MatchResult.class).toString();

        assertThat(text).contains("FJORD KAFFE AS", "KARI", "NORDMANN", "Storgata 12", Redacted.MASK);
        assertThat(text).doesNotContain("01017012345", "DL-7745120", "NO987654321", "TX-55821");
    }

    @Test
    void aDriversLicenceKeepsItsCountryButHidesItsNumber() {
        String text = new DriversLicense("DL-7745120", "MS", "USA").toString();

        assertThat(text).isEqualTo("DriversLicense[number=[redacted], countrySubdivision=MS, country=USA]");
    }

    @Test
    void aSearchedPrincipalHidesTheDateOfBirthAndShowsWhenItIsAbsent() {
        MatchAddress address = new MatchAddress("Bakkeveien 3", null, "Bergen", "5003", "NOR");
        MatchPrincipal withBirthday = new MatchPrincipal("Kari", "Nordmann", address, "kari@example.no", "41234567",
                LocalDate.of(1970, 1, 1));

        assertThat(withBirthday.toString()).contains("Kari", "dateOfBirth=[redacted]").doesNotContain("1970");
        assertThat(new MatchPrincipal("Kari", "Nordmann", address).toString()).contains("dateOfBirth=null");
    }

    @Test
    void aVmssAnswerPrintsNamesButNoIdentityAccountOrTaxNumbers() {
        String text = ScreeningFixtures.read("vmss-response.json", VmssSearchResponse.class).toString();

        assertThat(text).contains("Bill Smith", "Snap Photoshop Ltd", "601613");
        assertThat(text).doesNotContain("078-05-1120", "PID-4471", "P5566778", "SMITH701019B99", "AB123456C",
                "GB29NWBK60161331926819", "31926819", "GB123456789");
    }

    @Test
    void aVmssSearchHidesThePrincipalsNumbersToo() {
        VmssPrincipal principal = new VmssPrincipal("078-05-1120", "Bill Smith", "PID-4471", "P5566778",
                "+441234567890", "SMITH701019B99", "bill@example.com", "AB123456C");
        VmssMerchant merchant = new VmssMerchant(null, "GB123456789", "Snap", null, "Snap Ltd", List.of(principal),
                null, false, null, null, null, null);

        String text = new VmssSearchRequest(merchant).toString();

        assertThat(text).contains("Bill Smith", "+441234567890", "bill@example.com");
        assertThat(text).doesNotContain("078-05-1120", "PID-4471", "P5566778", "SMITH701019B99", "AB123456C",
                "GB123456789");
    }

    @Test
    void hidingAComponentThatDoesNotExistFailsSoARenameCannotUnhideIt() {
        record Holder(String nationalId) {
        }

        assertThatThrownBy(() -> Redacted.toString(new Holder("x"), "nationalID"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nationalID");
    }
}
