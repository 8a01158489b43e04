package io.accountsdesk.sandbox.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrgNumbersTest {

    /** Numbers of real, registered companies, as printed in their countries' registers. */
    @ParameterizedTest
    @CsvSource({
        "NO, 923609016",   // Equinor ASA
        "NO, 984851006",   // DNB Bank ASA
        "NO, 982463718",   // Telenor ASA
        "SE, 556012-5790", // AB Volvo
        "SE, 556703-7485", // Spotify AB
        "SE, 556042-7220", // H & M Hennes & Mauritz AB
        "DK, 24256790",    // Novo Nordisk A/S
        "DK, 22756214",    // A.P. Møller - Mærsk A/S
        "DK, 54562519",    // LEGO A/S
        "FI, 0112038-9",   // Nokia Oyj
        "FI, 1927400-1",   // KONE Oyj
    })
    void acceptsRealOrganisationNumbers(String country, String number) {
        assertThat(OrgNumbers.isValid(country, number)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "NO, 923609017",   // last digit off by one
        "NO, 92360901",    // too short
        "NO, 923609O16",   // letter O
        "SE, 556012-5791",
        "SE, 5560125790X",
        "DK, 24256791",
        "DK, 04256790",    // CVR numbers never start with 0
        "FI, 0112038-8",
        "FI, 0112038",
        "XX, 923609016",   // unknown country
    })
    void rejectsBrokenNumbers(String country, String number) {
        assertThat(OrgNumbers.isValid(country, number)).isFalse();
    }

    @Test
    void checkDigitRulesMatchTheirDefinitions() {
        // Norway, worked by hand: 9*3+2*2+3*7+6*6+0*5+9*4+0*3+1*2 = 126; 126 mod 11 = 5; 11 - 5 = 6.
        assertThat(OrgNumbers.norwayCheck("92360901")).isEqualTo(6);
        // 4*3 = 12, remainder 1, check 10: no valid number has this body.
        assertThat(OrgNumbers.norwayCheck("40000000")).isEqualTo(-1);
        // Luhn of 556012579: the classic check digit 0.
        assertThat(OrgNumbers.luhnCheck("556012579")).isZero();
        // Finland: 0112038 → 0*7+1*9+1*10+2*5+0*8+3*4+8*2 = 57; 57 mod 11 = 2; 11-2 = 9.
        assertThat(OrgNumbers.finlandCheck("0112038")).isEqualTo(9);
    }

    @Test
    void generatedNumbersAreValidAndFormattedPerCountry() {
        DemoRandom r = new DemoRandom(42);
        for (Country country : Country.values()) {
            for (int i = 0; i < 2_000; i++) {
                String number = OrgNumbers.generate(country, r);
                assertThat(OrgNumbers.isValid(country.code(), number)).as(country + " " + number).isTrue();
                assertThat(number).matches(switch (country) {
                    case NO -> "[89]\\d{8}";
                    case SE -> "5\\d[2-9]\\d{3}-\\d{4}";
                    case DK -> "[1-9]\\d{7}";
                    case FI -> "\\d{7}-\\d";
                });
            }
        }
    }

    @Test
    void generatedIbansAreValid() {
        DemoRandom r = new DemoRandom(7);
        for (Country country : Country.values()) {
            for (int i = 0; i < 500; i++) {
                String iban = Iban.generate(country, r);
                assertThat(iban).startsWith(country.code());
                assertThat(CheckDigits.validIban(iban)).as(iban).isTrue();
            }
        }
        assertThat(CheckDigits.validIban("NO9386011117947")).isTrue(); // the Norwegian IBAN registry example
        assertThat(CheckDigits.validIban("NO9386011117948")).isFalse();
    }
}
