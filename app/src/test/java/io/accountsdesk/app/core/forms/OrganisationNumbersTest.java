package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationNumbersTest {

    @Test
    void knownGoodNumbersOfEachCountryPassInTheFormsPeopleWriteThem() {
        assertThat(OrganisationNumbers.isValid("NO", "923 609 016")).isTrue();
        assertThat(OrganisationNumbers.isValid("NO", "NO 923609016 MVA")).isTrue();
        assertThat(OrganisationNumbers.isValid("SE", "556036-0793")).isTrue();
        assertThat(OrganisationNumbers.isValid("SE", "SE556036079301")).isTrue();
        assertThat(OrganisationNumbers.isValid("DK", "61126228")).isTrue();
        assertThat(OrganisationNumbers.isValid("FI", "0112038-9")).isTrue();
        assertThat(OrganisationNumbers.isValid("FI", "FI01120389")).isTrue();
    }

    @Test
    void everyDemoAccountsNumberPassesAndAChangedCheckDigitFails(@TempDir Path dir) {
        try (TestSandbox sandbox = TestSandbox.start(dir, 120)) {
            List<Account> accounts = sandbox.session().client().accounts().stream(AccountQuery.all().withLimit(100))
                    .toList();
            int checked = 0;
            for (Account account : accounts) {
                String country = account.company().address().country();
                String number = account.company().organizationNumber();
                if (!OrganisationNumbers.knows(country)) {
                    continue;
                }
                assertThat(OrganisationNumbers.isValid(country, number)).as("%s %s", country, number).isTrue();
                String digits = OrganisationNumbers.digits(country, number);
                char last = digits.charAt(digits.length() - 1);
                String wrong = digits.substring(0, digits.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
                assertThat(OrganisationNumbers.isValid(country, wrong)).as("%s %s", country, wrong).isFalse();
                checked++;
            }
            assertThat(checked).as("the demo data has Nordic companies").isGreaterThan(50);
        }
    }

    @Test
    void otherCountriesAreNotJudgedAndGarbageIsRefused() {
        assertThat(OrganisationNumbers.knows("DE")).isFalse();
        assertThat(OrganisationNumbers.isValid("DE", "anything")).isTrue();
        assertThat(OrganisationNumbers.isValid("NO", "12345")).isFalse();
        assertThat(OrganisationNumbers.isValid("NO", "ninedigit")).isFalse();
        assertThat(OrganisationNumbers.isValid("NO", null)).isFalse();
        assertThat(OrganisationNumbers.isValid("DK", "DK 30 71 79 47")).as("weighted sum 123").isFalse();
        assertThat(OrganisationNumbers.isValid("DK", "01126228")).as("a CVR never starts with 0").isFalse();
    }

    /** A Norwegian organisation number with any one digit changed is never valid: MOD 11 catches every single slip. */
    @Property
    void aSingleWrongDigitInANorwegianNumberIsAlwaysCaught(
            @ForAll @NumericChars @StringLength(8) String body, @ForAll @Chars({'0', '1', '2', '3', '4', '5', '6', '7',
            '8', '9'}) char replacement, @ForAll("positions") int position) {
        int check = check(body);
        if (check < 0) {
            return; // no number has this body
        }
        String number = body + check;
        assertThat(OrganisationNumbers.isValid("NO", number)).isTrue();
        if (number.charAt(position) == replacement) {
            return;
        }
        String slipped = number.substring(0, position) + replacement + number.substring(position + 1);
        assertThat(OrganisationNumbers.isValid("NO", slipped)).as(slipped).isFalse();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> positions() {
        return net.jqwik.api.Arbitraries.integers().between(0, 8);
    }

    /** MOD 11 with the weights 3, 2, 7, 6, 5, 4, 3, 2, written out here so the test does not reuse what it checks. */
    private static int check(String eight) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eight.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
