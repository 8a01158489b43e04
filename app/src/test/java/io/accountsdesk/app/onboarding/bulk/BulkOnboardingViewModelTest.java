package io.accountsdesk.app.onboarding.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.app.core.AccountsCreated;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Bulk onboarding's screen model against the sandbox: a file with a bad row, checked, mapped, sent and saved. */
class BulkOnboardingViewModelTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(5);

    @TempDir
    Path dir;

    @Test
    void aFileWithABadRowSendsTheGoodOnesAndSavesTheResult() throws Exception {
        String first = TestNumbers.norwegianOrganisationNumber();
        String second = TestNumbers.norwegianOrganisationNumber();
        Path csv = dir.resolve("merchants.csv");
        Files.writeString(csv, "Firmanavn;Organisasjonsnummer;Adresse;Postnummer;Poststed;Søker Fornavn;"
                + "Søker Etternavn;Søker E-post;Notater\n"
                + "Bulk Bakeri AS;" + first + ";Storgata 1;0155;Oslo;Kari;Nordmann;kari@example.no;ring\n"
                + "Bulk Feil AS;123;Storgata 2;0155;Oslo;Ola;Nordmann;ola@example.no;\n"
                + "Bulk Kafé AS;" + second + ";Storgata 3;0155;Oslo;Per;Hansen;per@example.no;\n",
                StandardCharsets.UTF_8);
        TestServices services = TestServices.of(sandbox.session(), dir.resolve("config"));
        List<Object> events = new ArrayList<>();
        services.services.events().subscribe(AccountsCreated.class, events::add);
        BulkOnboardingViewModel bulk = new BulkOnboardingViewModel(services.services);

        services.dialogs.openFile = csv;
        bulk.chooseFile();

        assertThat(bulk.rows()).extracting(r -> r.verdict().kind())
                .containsExactly(Verdict.Kind.READY, Verdict.Kind.ERROR, Verdict.Kind.READY);
        assertThat(services.navigator.current()).as("the place names the file, for back and forward")
                .isEqualTo(io.accountsdesk.app.core.nav.Place.of("bulk-onboarding", "file", csv.toString()));
        assertThat(bulk.summaryProperty().get()).isEqualTo("3 rows: 2 ready, 0 with warnings, 1 with errors");
        assertThat(bulk.mapping()).extracting(c -> c.pathProperty().get())
                .startsWith("company.business_name", "company.organization_number").endsWith("");
        BulkOnboardingViewModel.RowItem bad = bulk.rows().get(1);
        bad.sendProperty().set(true);
        assertThat(bad.sendProperty().get()).as("a row with errors cannot be ticked").isFalse();
        bulk.filterProperty().set(BulkOnboardingViewModel.Filter.ERROR);
        assertThat(bulk.shownRows()).containsExactly(bad);
        bulk.filterProperty().set(BulkOnboardingViewModel.Filter.ALL);

        // The notes column filled no field; mapped by hand to the industry, the first row carries it.
        bulk.mapping().get(8).pathProperty().set("company.industry");
        assertThat(bulk.rows().get(0).verdict().values()).containsEntry("company.industry", "ring");
        assertThat(bulk.canSendProperty().get()).isTrue();
        BulkOnboardingViewModel again = new BulkOnboardingViewModel(services.services);
        again.load(csv);
        assertThat(again.mapping().get(8).pathProperty().get()).as("the mapping chosen by hand is remembered")
                .isEqualTo("company.industry");

        bulk.concurrencyProperty().set(3);
        bulk.send();

        assertThat(bulk.messageProperty().get()).startsWith("2 accounts created, 0 failed, 0 not sent yet");
        assertThat(events).hasSize(1);
        for (String number : List.of(first, second)) {
            List<Account> made = sandbox.client().accounts().list(AccountQuery.all().withSearch(number), null)
                    .items();
            assertThat(made).hasSize(1);
        }
        assertThat(bulk.rows().get(0).resultProperty().get()).startsWith("T");
        assertThat(Files.exists(dir.resolve("merchants.csv.journal"))).as("kept beside the file").isTrue();

        Path result = dir.resolve("result.csv");
        services.dialogs.saveFile = result;
        bulk.saveResult();
        CsvFile saved = CsvFile.read(Files.readAllBytes(result));
        assertThat(saved.header()).endsWith("account_id", "onboarding_link", "error");
        assertThat(saved.rows().get(0).cells().get(9)).isEqualTo(bulk.rows().get(0).resultProperty().get());
        assertThat(saved.rows().get(1).cells().get(11)).contains("Organisation number");

        Path template = dir.resolve("template.csv");
        services.dialogs.saveFile = template;
        bulk.saveTemplate();
        CsvFile empty = CsvFile.read(Files.readAllBytes(template));
        ColumnMapping reread = ColumnMapping.guess(empty.header(), new ApplicationColumns());
        assertThat(reread.ignored()).as("the check reads every column of its own template").isEmpty();
        assertThat(reread.paths()).hasSize(new ApplicationColumns().columns().size());
    }
}
