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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what a bulk onboarding costs: reading, mapping and checking a file of {@code bench.rows} rows (10,000), and
 * creating {@code bench.createRows} of them (10,000) against the embedded sandbox at concurrency 1, 2 and 4, then
 * again with the sandbox's faults on the create route, counting afterwards that every row was made once or reported
 * failed. Figures only. Run with
 * {@code mvn -B -o -pl app -am verify -Pbench -Dtest=BulkImportBenchTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
class BulkImportBenchTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(5);

    @TempDir
    Path dir;

    private final Messages messages = Messages.load(Locale.ENGLISH);

    private static String file(int rows, String prefix) {
        StringBuilder text = new StringBuilder("Business name;Organisation number;Address;Postal code;Postal place;"
                + "Applicant First name;Applicant Last name;Applicant E-mail;Phone;Vipps\n");
        for (int i = 0; i < rows; i++) {
            text.append(prefix).append(' ').append(i).append(" AS;").append(TestNumbers.norwegianOrganisationNumber())
                    .append(";Storgata ").append(i % 200 + 1).append(";0155;Oslo;Kari;Nordmann;kari").append(i)
                    .append("@example.no;+47 22 33 44 55;x\n");
        }
        return text.toString();
    }

    private List<Verdict> checked(String text) {
        ApplicationColumns columns = new ApplicationColumns();
        CsvFile csv = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        return new ApplicationCheck(messages, columns).check(csv, ColumnMapping.guess(csv.header(), columns));
    }

    @Test
    void readCheckAndCreate() throws Exception {
        int rows = Integer.getInteger("bench.rows", 10_000);
        int createRows = Integer.getInteger("bench.createRows", 10_000);
        checked(file(200, "Warm-up")); // classes loaded and JIT-compiled before the clock runs
        String big = file(rows, "Bench");
        long t = System.nanoTime();
        List<Verdict> verdicts = checked(big);
        double checkMs = (System.nanoTime() - t) / 1e6;
        long ready = verdicts.stream().filter(v -> v.kind() == Verdict.Kind.READY).count();
        System.out.printf("%n[bench] read, map and check %,d rows (%,d KB): %,.0f ms, %,.0f rows/s; %,d ready%n",
                rows, big.length() / 1024, checkMs, rows * 1000 / checkMs, ready);

        for (int concurrency : List.of(1, 2, 4)) {
            List<Verdict> batch = checked(file(createRows, "Throughput c" + concurrency));
            t = System.nanoTime();
            List<BulkImport.Outcome> outcomes;
            try (ImportJournal journal = new ImportJournal(dir.resolve("c" + concurrency + ".journal"))) {
                outcomes = new BulkImport(BulkImport.Target.of(sandbox.client()), journal, concurrency, false,
                        new ErrorMessages(messages)::describe, o -> { }).run(batch, () -> false);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("[bench] create %,d accounts at concurrency %d: %.1f s, %,.0f accounts/s%n",
                    outcomes.size(), concurrency, seconds, outcomes.size() / seconds);
        }

        List<Verdict> faulty = checked(file(createRows, "Faulty"));
        sandbox.sandbox().injectFaults(FaultPlan.parse("route=/accounts/*/management/accounts, method=POST,"
                + " error=0.1, drop=0.05, truncate=0.05, seed=11; route=/accounts/*/management/accounts,"
                + " method=POST, burst429=1, every=50, retry_after=1"));
        t = System.nanoTime();
        List<BulkImport.Outcome> outcomes;
        try (ImportJournal journal = new ImportJournal(dir.resolve("faulty.journal"))) {
            outcomes = new BulkImport(BulkImport.Target.of(sandbox.client()), journal, 2, false,
                    new ErrorMessages(messages)::describe, o -> { }).run(faulty, () -> false);
        } finally {
            sandbox.sandbox().injectFaults(FaultPlan.none());
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Map<String, Integer> made = new HashMap<>();
        for (Account account : sandbox.client().accounts().stream(AccountQuery.all().withSearch("Faulty")
                .withLimit(100)).toList()) {
            if (account.company() != null && account.name() != null && account.name().startsWith("Faulty ")) {
                made.merge(account.company().organizationNumber(), 1, Integer::sum);
            }
        }
        long created = outcomes.stream().filter(o -> o.state() == ImportJournal.State.CREATED).count();
        long doubled = made.values().stream().filter(n -> n > 1).count();
        List<String> lost = new ArrayList<>();
        for (BulkImport.Outcome outcome : outcomes) {
            boolean exists = made.containsKey(outcome.verdict().organisationNumber());
            if ((outcome.state() == ImportJournal.State.CREATED) != exists) {
                lost.add(outcome.verdict().organisationNumber());
            }
        }
        System.out.printf("[bench] with faults (10%% 503, 5%% dropped, 5%% cut answers, a 429 in 50), concurrency 2:"
                        + " %,d rows in %.1f s; %,d created, %,d reported failed, %,d made twice, %,d lost or"
                        + " wrongly reported%n", outcomes.size(), seconds, created, outcomes.size() - created, doubled,
                lost.size());
        assertThat(doubled).isZero();
        assertThat(lost).isEmpty();
        assertThat(outcomes).hasSize((int) faulty.stream().filter(v -> v.request() != null).count());
    }
}
