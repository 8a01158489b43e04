package io.accountsdesk.app.core.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.TestSandbox;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.file.Path;
import java.util.List;
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
}
