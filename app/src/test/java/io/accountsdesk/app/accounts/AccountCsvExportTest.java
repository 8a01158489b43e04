package io.accountsdesk.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.core.nav.Place;
import io.accountsdesk.app.core.tasks.TaskContext;
import io.accountsdesk.app.core.tasks.TaskState;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.client.http.ApiException;
import io.accountsdesk.client.http.Cancellation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export of a filtered list: every page, read back as a spreadsheet would read it. */
class AccountCsvExportTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(260);

    @TempDir
    Path dir;

    private static List<List<String>> read(Path file, char separator) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("a UTF-8 byte-order mark, for spreadsheets")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            return rows.readAll();
        }
    }

    @Test
    void aFilteredViewExportsEveryPageNotOnlyTheLoadedOnes() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), dir);
        AccountListViewModel list = new AccountListViewModel(test.services);
        list.activate(Place.parse("accounts?connection=vipps"));
        List<Account> expected = sandbox.session().client().accounts()
                .stream(AccountQuery.all().withConnections(List.of("vipps")).withLimit(100)).toList();
        assertThat(expected.size()).as("more than one page of the list").isGreaterThan(AccountListViewModel.PAGE_SIZE);
        assertThat(list.rows()).hasSize(AccountListViewModel.PAGE_SIZE);
        Path file = dir.resolve("vipps.csv");

        var handle = list.exportCsv(file);

        assertThat(handle.stateProperty().get()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(test.dialogs.progress).containsExactly(handle);
        List<List<String>> rows = read(file, ',');
        assertThat(rows.get(0)).startsWith("Account id", "Name", "Business name", "Organisation number");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactlyElementsOf(expected.stream().map(Account::accountId).toList());
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(6)).contains("vipps"));
        assertThat(test.dialogs.notices()).contains("Exported " + expected.size() + " accounts to vipps.csv.");
    }

    @Test
    void nordicNamesSurviveAndNorwegianSpreadsheetsGetSemicolons() throws Exception {
        TestServices test = TestServices.of(sandbox.session(), dir, Locale.forLanguageTag("nb-NO"));
        AccountListViewModel list = new AccountListViewModel(test.services);
        list.activate(Place.of("accounts"));
        Path file = dir.resolve("alle.csv");

        list.exportCsv(file);

        List<List<String>> rows = read(file, ';');
        assertThat(rows.get(0)).startsWith("Konto-id", "Navn");
        assertThat(rows).hasSize(261);
        List<String> names = rows.stream().skip(1).map(row -> row.get(1)).toList();
        List<String> stored = sandbox.session().client().accounts().stream(AccountQuery.all().withLimit(100))
                .map(Account::name).toList();
        assertThat(names).containsExactlyElementsOf(stored);
        assertThat(String.join(" ", names)).containsAnyOf("ø", "å", "æ", "ä", "ö", "Ø", "Å", "Æ");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(AccountCsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(AccountCsvExport.cell("@SUM(A1)")).startsWith("'");
        assertThat(AccountCsvExport.cell("+47 22 33 44 55")).startsWith("'");
        assertThat(AccountCsvExport.cell("Fjord & Fjell AS")).isEqualTo("Fjord & Fjell AS");
        assertThat(AccountCsvExport.cell(null)).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Messages messages = Messages.load(Locale.ENGLISH);
        Cancellation cancellation = Cancellation.create();
        TaskContext cancelsAtFirstReport = new TaskContext() {
            @Override
            public Cancellation cancellation() {
                return cancellation;
            }

            @Override
            public void message(String text) {
                cancellation.cancel(); // the user presses cancel while the rows are being written
            }

            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void indeterminate() {
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        Path file = dir.resolve("half.csv");
        var accounts = sandbox.session().client().cancellable(cancellation).accounts()
                .stream(AccountQuery.all().withLimit(100), cancellation);

        assertThatThrownBy(() -> new AccountCsvExport(messages).write(accounts, file, cancelsAtFirstReport))
                .isInstanceOf(ApiException.Cancelled.class);

        assertThat(file).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).as("no partial file either").isEmpty();
        }
    }
}
