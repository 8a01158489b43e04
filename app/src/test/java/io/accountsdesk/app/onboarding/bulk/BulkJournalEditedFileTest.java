package io.accountsdesk.app.onboarding.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault soak found in bulk onboarding: the journal beside a CSV file remembers lines, so a file chosen again
 * after it was edited (new merchants on the old lines) had its rows reported created without being sent.
 *
 * <p>Seen to fail: without the organisation-number check in {@code BulkImport.one} the second run reported both rows
 * created, and the sandbox held neither.
 */
class BulkJournalEditedFileTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(2);

    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.ENGLISH);

    private List<Verdict> rows(Path csv, String prefix, List<String> numbers) throws Exception {
        StringBuilder text = new StringBuilder("Business name;Organisation number;Address;Postal code;Postal place;"
                + "Applicant First name;Applicant Last name;Applicant E-mail\n");
        for (int i = 0; i < numbers.size(); i++) {
            text.append(prefix).append(' ').append(i).append(" AS;").append(numbers.get(i))
                    .append(";Storgata 1;0155;Oslo;Kari;Nordmann;kari").append(i).append("@example.no\n");
        }
        Files.writeString(csv, text);
        CsvFile file = CsvFile.read(Files.readAllBytes(csv));
        ApplicationColumns columns = new ApplicationColumns();
        return new ApplicationCheck(messages, columns).check(file, ColumnMapping.guess(file.header(), columns));
    }

    private List<BulkImport.Outcome> send(Path journalFile, List<Verdict> rows) throws Exception {
        try (ImportJournal journal = new ImportJournal(journalFile)) {
            return new BulkImport(BulkImport.Target.of(sandbox.client()), journal, 2, false,
                    new ErrorMessages(messages)::describe, outcome -> { }).run(rows, () -> false);
        }
    }

    private static int onServer(String number) {
        return (int) sandbox.client().accounts().list(AccountQuery.all().withSearch(number).withLimit(25), null)
                .items().stream().filter(a -> a.company() != null
                        && number.equals(a.company().organizationNumber())).count();
    }

    @Test
    void anEditedFileSendsItsNewRowsEvenWhereTheJournalHasTheirLines() throws Exception {
        Path csv = dir.resolve("merchants.csv");
        Path journal = dir.resolve("merchants.csv.journal");
        List<String> before = List.of(TestNumbers.norwegianOrganisationNumber(),
                TestNumbers.norwegianOrganisationNumber());
        assertThat(send(journal, rows(csv, "First Batch", before)))
                .extracting(BulkImport.Outcome::state).containsOnly(ImportJournal.State.CREATED);

        List<String> after = new ArrayList<>(List.of(TestNumbers.norwegianOrganisationNumber(),
                TestNumbers.norwegianOrganisationNumber()));
        List<BulkImport.Outcome> second = send(journal, rows(csv, "Second Batch", after));

        assertThat(second).extracting(BulkImport.Outcome::state).containsOnly(ImportJournal.State.CREATED);
        for (String number : after) {
            assertThat(onServer(number)).as("the edited file's row " + number + " is on the server once").isEqualTo(1);
        }
        for (String number : before) {
            assertThat(onServer(number)).as("the first file's row " + number + " is not made again").isEqualTo(1);
        }
    }
}
