package io.accountsdesk.app.onboarding.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestNumbers;
import io.accountsdesk.app.core.ErrorMessages;
import io.accountsdesk.app.core.Messages;
import io.accountsdesk.app.onboarding.bulk.ApplicationCheck.Verdict;
import io.accountsdesk.client.accounts.Account;
import io.accountsdesk.client.accounts.AccountQuery;
import io.accountsdesk.sandbox.http.FaultPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk runs against the sandbox, with its faults on the create route (5xx, 429 with Retry-After, dropped
 * connections and answers cut short after the account was made): every row ends created exactly once or reported
 * failed, none lost and none doubled, also when a run is stopped and resumed; and the headless command.
 */
class BulkImportTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(5);

    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final ApplicationColumns columns = new ApplicationColumns();

    @AfterEach
    void calm() {
        sandbox.sandbox().injectFaults(FaultPlan.none());
    }

    private record Batch(CsvFile file, List<Verdict> verdicts, List<String> numbers) {
    }

    private Batch batch(String prefix, int rows) throws Exception {
        StringBuilder text = new StringBuilder("Business name;Organisation number;Address;Postal code;Postal place;"
                + "Applicant First name;Applicant Last name;Applicant E-mail\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String number = TestNumbers.norwegianOrganisationNumber();
            numbers.add(number);
            text.append(prefix).append(' ').append(i).append(" AS;").append(number)
                    .append(";Storgata 1;0155;Oslo;Kari;Nordmann;kari").append(i).append("@example.no\n");
        }
        Path csv = dir.resolve(prefix.replace(' ', '-') + ".csv");
        Files.writeString(csv, text);
        CsvFile file = CsvFile.read(Files.readAllBytes(csv));
        List<Verdict> verdicts = new ApplicationCheck(messages, columns).check(file,
                ColumnMapping.guess(file.header(), columns));
        assertThat(verdicts).extracting(Verdict::kind).containsOnly(Verdict.Kind.READY);
        return new Batch(file, verdicts, numbers);
    }

    private static List<Account> withNumber(String number) {
        return sandbox.client().accounts().list(AccountQuery.all().withSearch(number).withLimit(25), null).items()
                .stream().filter(a -> a.company() != null && number.equals(a.company().organizationNumber()))
                .toList();
    }

    private BulkImport importer(ImportJournal journal, int concurrency, List<BulkImport.Outcome> seen) {
        return new BulkImport(BulkImport.Target.of(sandbox.client()), journal, concurrency, false,
                new ErrorMessages(messages)::describe, seen::add);
    }

    @Test
    void underFaultsEveryRowEndsCreatedOnceOrFailedNoneLostNoneDoubled() throws Exception {
        Batch batch = batch("Faulty Fjord", 24);
        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, method=POST,"
                + " error=0.2, drop=0.1, truncate=0.15, seed=7; route=/accounts/*/management/accounts, method=POST,"
                + " burst429=2, every=8, retry_after=1"));
        List<BulkImport.Outcome> seen = new CopyOnWriteArrayList<>();
        List<BulkImport.Outcome> outcomes;
        try (ImportJournal journal = new ImportJournal(dir.resolve("faulty.journal"))) {
            outcomes = importer(journal, 3, seen).run(batch.verdicts(), () -> false);
        }
        sandbox.sandbox().injectFaults(FaultPlan.none());

        assertThat(outcomes).hasSize(24);
        for (int i = 0; i < 24; i++) {
            BulkImport.Outcome outcome = outcomes.get(i);
            List<Account> made = withNumber(batch.numbers().get(i));
            if (outcome.state() == ImportJournal.State.CREATED) {
                assertThat(made).as("row %d made once", i).extracting(Account::accountId)
                        .containsExactly(outcome.accountId());
            } else {
                assertThat(made).as("row %d reported failed and not made", i).isEmpty();
                assertThat(outcome.error()).isNotBlank();
            }
        }
        assertThat(outcomes).filteredOn(o -> o.state() == ImportJournal.State.CREATED).hasSizeGreaterThan(18);
    }

    @Test
    void aStoppedRunResumesWithoutMakingAnyAccountTwice() throws Exception {
        Batch batch = batch("Resumed Bakery", 12);
        Path journalFile = dir.resolve("resumed.journal");
        AtomicInteger ended = new AtomicInteger();
        List<BulkImport.Outcome> first;
        try (ImportJournal journal = new ImportJournal(journalFile)) {
            BulkImport run = new BulkImport(BulkImport.Target.of(sandbox.client()), journal, 2, false,
                    new ErrorMessages(messages)::describe, o -> ended.incrementAndGet());
            first = run.run(batch.verdicts(), () -> ended.get() >= 5);
        }
        assertThat(first.size()).as("stopped part way").isBetween(5, 7);

        // A row whose request went out but whose answer was lost: the server made it, the journal never heard.
        Verdict lost = batch.verdicts().get(11);
        Account madeAnyway = sandbox.client().accounts().create(lost.request());
        try (ImportJournal journal = new ImportJournal(journalFile)) {
            journal.write(new ImportJournal.Entry(lost.line(), lost.organisationNumber(),
                    ImportJournal.State.SENDING, null, null, null));
        }

        List<BulkImport.Outcome> second;
        try (ImportJournal journal = new ImportJournal(journalFile)) {
            second = importer(journal, 2, new ArrayList<>()).run(batch.verdicts(), () -> false);
        }
        assertThat(second).hasSize(12).extracting(BulkImport.Outcome::state).containsOnly(ImportJournal.State.CREATED);
        assertThat(second.get(11).accountId()).as("found, not made again").isEqualTo(madeAnyway.accountId());
        for (int i = 0; i < 12; i++) {
            assertThat(withNumber(batch.numbers().get(i))).as("row %d", i).hasSize(1);
        }
        for (BulkImport.Outcome earlier : first) {
            assertThat(second.get(earlier.line() - 2).accountId()).isEqualTo(earlier.accountId());
        }
    }

    @Test
    void anotherCompanysAccountWithTheSameNumberIsNotTakenForTheRowsOwn() throws Exception {
        Batch batch = batch("Own Row", 1);
        Verdict row = batch.verdicts().get(0);
        var other = io.accountsdesk.client.accounts.NewAccount.builder(row.request().applicant(),
                new io.accountsdesk.client.accounts.AccountCompany("Someone Else AS", null,
                        row.organisationNumber(), null, null, null, null, null, null, null, null, null, null, null),
                row.request().billing()).build();
        String theirs = sandbox.client().accounts().create(other).accountId();
        // Every create fails: the row's answer never comes, and the look-up afterwards finds only their account.
        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, method=POST, error=1"));
        List<BulkImport.Outcome> outcomes;
        try (ImportJournal journal = new ImportJournal(dir.resolve("own.journal"))) {
            outcomes = importer(journal, 1, new ArrayList<>()).run(batch.verdicts(), () -> false);
        }
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(ImportJournal.State.FAILED);
            assertThat(o.accountId()).isNull();
        });
        assertThat(withNumber(batch.numbers().get(0))).extracting(Account::accountId).containsExactly(theirs);
    }

    @Test
    void theHeadlessCommandChecksSendsWritesTheResultAndResumes() throws Exception {
        Batch batch = batch("Headless Hotel", 3);
        Path csv = dir.resolve("Headless-Hotel.csv");
        Files.writeString(csv, Files.readString(csv) + "Broken AS;123;;;;;;\n");
        var login = sandbox.sandbox().credentials();
        List<String> args = List.of(csv.toString(), "--env", "custom", "--base-url",
                sandbox.sandbox().baseUrl().toString(), "--partner-id", login.partnerId(), "--client-id",
                login.clientId(), "--out", dir.resolve("result.csv").toString());
        Map<String, String> env = Map.of(ImportCommand.SECRET_VARIABLE, login.clientSecret());

        ByteArrayOutputStream dry = new ByteArrayOutputStream();
        int dryCode = ImportCommand.run(concat(args, "--dry-run"), env, print(dry), print(new ByteArrayOutputStream()));
        assertThat(dryCode).isEqualTo(1);
        assertThat(dry.toString(StandardCharsets.UTF_8)).contains("line 5\tERROR\tBroken AS:").contains("line 2\tready\t")
                .contains("4 rows: 3 can be sent, 1 have errors");
        assertThat(withNumber(batch.numbers().get(0))).as("a dry run sends nothing").isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, env, print(out), print(new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed).isEqualTo(1);
        assertThat(printed).contains("line 2\tcreated\t").contains("line 5\tnot sent\tBroken AS")
                .contains("4 rows: 3 created, 0 failed, 1 not sent");
        CsvFile result = CsvFile.read(Files.readAllBytes(dir.resolve("result.csv")));
        assertThat(result.byteOrderMark()).as("opens in a spreadsheet as UTF-8").isTrue();
        assertThat(result.header()).endsWith("account_id", "onboarding_link", "error");
        String madeId = withNumber(batch.numbers().get(0)).get(0).accountId();
        List<String> first = result.rows().get(0).cells();
        assertThat(first.get(1)).isEqualTo(batch.numbers().get(0));
        assertThat(first.get(8)).isEqualTo(madeId);
        assertThat(first.get(9)).contains(madeId).startsWith("https://");
        assertThat(first.get(10)).isEmpty();
        List<String> broken = result.rows().get(3).cells();
        assertThat(broken.get(0)).isEqualTo("Broken AS");
        assertThat(broken.get(8)).isEmpty();
        assertThat(broken.get(10)).contains("Organisation number");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ImportCommand.run(args, env, print(again), print(new ByteArrayOutputStream()));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("3 created");
        for (String number : batch.numbers()) {
            assertThat(withNumber(number)).as("run twice, made once").hasSize(1);
        }

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ImportCommand.run(List.of("--env", "moon"), env, print(new ByteArrayOutputStream()), print(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown environment 'moon'").contains("Usage:");
    }

    private static List<String> concat(List<String> args, String more) {
        List<String> all = new ArrayList<>(args);
        all.add(more);
        return all;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
