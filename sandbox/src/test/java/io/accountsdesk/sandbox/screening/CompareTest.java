package io.accountsdesk.sandbox.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.accountsdesk.sandbox.screening.Likeness.EXACT;
import static io.accountsdesk.sandbox.screening.Likeness.NONE;
import static io.accountsdesk.sandbox.screening.Likeness.PHONETIC;
import static org.assertj.core.api.Assertions.assertThat;

/** The field comparison both registers use: what counts as exact, what as phonetic, what as different. */
class CompareTest {

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        // Case, diacritics, punctuation and the legal form do not make a name different.
        "Kjøkkenet Bergen AS | Kjokkenet Bergen      | EXACT",
        "Kjøkkenet Bergen AS | KJØKKENET-BERGEN A/S  | EXACT",
        "Björkhaga Hälsokost AB | Bjorkhaga Halsokost | EXACT",
        "Havblik Rejser ApS  | Havblik Rejser        | EXACT",
        "Oy Revontuli Pelit Ab | Revontuli Pelit Oy  | EXACT",
        "Sæther & Sønn AS    | Saether og Sonn       | NONE",
        "Müller Bau GmbH     | Mueller Bau           | PHONETIC",
        "Lindenhof Bäckerei GmbH | Lindenhof Baeckerei | PHONETIC",
        "Zeewind Bakkerij B.V. | Zeewind Bakkerij    | EXACT",
        "Kassa Norden Sp. z o.o. | Kassa Norden      | EXACT",
        // Sounds alike: a dropped j, a single k, a vowel, a doubled consonant.
        "Kjøkkenet Bergen AS | Kökenet Bergen        | PHONETIC",
        "Fjordlys Kafé AS    | Fjordlis Cafe         | PHONETIC",
        "Nilsen Bygg AS      | Nielsen Bygg          | PHONETIC",
        "Fjord Lys Kafé      | Fjordlys Kafé         | EXACT",
        "Fjord Lys Kafe      | Fjordlis Kafe         | PHONETIC",
        // Different merchants.
        "Kjøkkenet Bergen AS | Kjøkkenet Oslo        | NONE",
        "Fjordlys Kafé AS    | Nordlys Kafé AS       | NONE",
        "Fjordlys 2 AS       | Fjordlys 3 AS         | NONE",
    })
    void names(String a, String b, Likeness expected) {
        assertThat(Compare.names(a, b)).isEqualTo(expected);
        assertThat(Compare.names(b, a)).as("symmetric").isEqualTo(expected);
    }

    @Test
    void aMissingNameIsNoMatch() {
        assertThat(Compare.names(null, "Fjordlys AS")).isEqualTo(NONE);
        assertThat(Compare.names("", "")).isEqualTo(NONE);
        assertThat(Compare.names("AS", "AS")).as("nothing left but the legal form").isEqualTo(NONE);
    }

    @Test
    void aPersonNeedsBothNamesAlike() {
        assertThat(Compare.person("Ola", "Nordmann", "ola", "NORDMANN")).isEqualTo(EXACT);
        assertThat(Compare.person("Ola", "Nordman", "Ola", "Nordmann")).isEqualTo(PHONETIC);
        assertThat(Compare.person("Søren", "Kjær", "Soren", "Kjaer")).isEqualTo(EXACT);
        assertThat(Compare.person("Jyrki", "Makela", "Jyrki", "Mäkelä")).isEqualTo(EXACT);
        assertThat(Compare.person("Kari", "Nordmann", "Ola", "Nordmann")).isEqualTo(NONE);
        assertThat(Compare.person("Ola", "Hansen", "Ola", "Nordmann")).isEqualTo(NONE);
        // "Åsa" folds to "asa", a Norwegian legal form: in a person's name it is a name, not a suffix to drop.
        assertThat(Compare.person("Åsa", "Sjöberg", "Åsa", "Sjöberg")).isEqualTo(EXACT);
        assertThat(Compare.person("Åsa", "Sjöberg", "Kari", "Sjöberg")).isEqualTo(NONE);
        assertThat(Compare.personNames("Åsa Sjöberg", "Kari Sjöberg")).isEqualTo(NONE);
    }

    @ParameterizedTest(name = "{0} / {1} vs {2} / {3} → {4}")
    @CsvSource(delimiter = '|', value = {
        "Strandgata 14   | 5013 | Strandgata 14   | 5013 | EXACT",
        "Strandgaten 14  | 5013 | Strandgata 14   | 5013 | EXACT",
        "Strandgt. 14    | 5013 | Strandgata 14   | 5013 | EXACT",
        "Strand gate 14  | 5013 | Strandgata 14   | 5013 | EXACT",
        "Strantgata 14   | 5013 | Strandgata 14   | 5013 | PHONETIC",
        "Strandgata 16   | 5013 | Strandgata 14   | 5013 | NONE",
        // Same street and city, another postal code: close (a typo, or a moved boundary), not exact.
        "Strandgata 14   | 5014 | Strandgata 14   | 5013 | PHONETIC",
    })
    void addressesInBergen(String lineA, String postalA, String lineB, String postalB, Likeness expected) {
        Compare.Address a = new Compare.Address(lineA, "Bergen", postalA, "NOR");
        Compare.Address b = new Compare.Address(lineB, "Bergen", postalB, "NO");
        assertThat(Compare.addresses(a, b)).isEqualTo(expected);
    }

    @Test
    void addressesMustShareACountryAndAPlace() {
        Compare.Address bergen = new Compare.Address("Storgata 1", "Bergen", "5003", "NOR");
        assertThat(Compare.addresses(bergen, new Compare.Address("Storgata 1", "Bergen", "5003", "SWE"))).isEqualTo(NONE);
        assertThat(Compare.addresses(bergen, new Compare.Address("Storgata 1", "Oslo", null, "NOR"))).isEqualTo(NONE);
        assertThat(Compare.addresses(bergen, new Compare.Address("Storgata 1", "Berjen", null, "NOR"))).isEqualTo(PHONETIC);
        assertThat(Compare.addresses(bergen, new Compare.Address("Storgata 1", null, "5003", "NOR"))).isEqualTo(EXACT);
        assertThat(Compare.addresses(new Compare.Address("Drottninggatan 21", "Stockholm", "111 51", "SE"),
                new Compare.Address("Drottninggatan 21", "Stockholm", "11151", "SWE"))).isEqualTo(EXACT);
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "+47 22 33 44 55 | 22334455       | EXACT",
        "0047 22334455   | +4722334455    | EXACT",
        "(312) 555-7625  | 3125557625     | EXACT",
        "+4722334455     | +4722334456    | NONE",
        "+4722334455     | 4455           | NONE",
    })
    void phonesByDigits(String a, String b, Likeness expected) {
        assertThat(Compare.phones(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "NO 912 345 678 MVA | 912345678     | EXACT",
        "556123-4567        | 5561234567    | EXACT",
        "19800101-1234      | 800101-1234   | EXACT",
        "AB 12 34 56 C      | AB123456C     | EXACT",
        "AB123456C          | CD123456A     | NONE",
        "912345678          | 912345679     | NONE",
    })
    void idsByDigits(String a, String b, Likeness expected) {
        assertThat(Compare.ids(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "https://www.kjokkenet.no/    | kjokkenet.no             | EXACT",
        "http://kjokkenet.no          | https://WWW.KJOKKENET.NO | EXACT",
        "kjokkenet.no                 | https://kjokkenet.com    | PHONETIC",
        "kjokkenet.no                 | kjokkenet.no/meny        | PHONETIC",
        "fjordlys.co.uk               | fjordlys.no              | PHONETIC",
        "kjokkenet.no                 | nordlys.no               | NONE",
    })
    void urls(String a, String b, Likeness expected) {
        assertThat(Compare.urls(a, b)).isEqualTo(expected);
    }

    @Test
    void indicatorCodes() {
        assertThat(EXACT.matchCode()).isEqualTo("M01");
        assertThat(PHONETIC.matchCode()).isEqualTo("M02");
        assertThat(NONE.matchCode()).isEqualTo("M00");
        assertThat(NONE.vmssCode()).as("the seed's only VMSS value").isEqualTo("N");
        assertThat(EXACT.or(PHONETIC)).isEqualTo(EXACT);
        assertThat(NONE.or(PHONETIC)).isEqualTo(PHONETIC);
    }
}
