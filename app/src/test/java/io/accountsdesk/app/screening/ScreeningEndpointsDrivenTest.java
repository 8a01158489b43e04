package io.accountsdesk.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.accountsdesk.app.SharedSandbox;
import io.accountsdesk.app.TestServices;
import io.accountsdesk.client.accounts.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The acceptance, checked rather than claimed: the four screening operations of {@code endpoints.tsv} (rows
 * 118–121) are called by the screening tab's view model and answered with success. The client logs one line per
 * call with the operation's path template; the rows are read from the spec the repository carries.
 */
class ScreeningEndpointsDrivenTest {

    @RegisterExtension
    static final SharedSandbox sandbox = SharedSandbox.of(1);

    @TempDir
    Path configDir;

    @Test
    void theAppDrivesEveryScreeningOperationOfTheSpec() throws Exception {
        Set<String> expected = rows(118, 121);
        Logger http = (Logger) LoggerFactory.getLogger("io.accountsdesk.client.http");
        Level before = http.getLevel();
        ListAppender<ILoggingEvent> calls = new ListAppender<>();
        calls.start();
        http.addAppender(calls);
        http.setLevel(Level.INFO);
        try {
            driveEverything();
        } finally {
            http.detachAppender(calls);
            http.setLevel(before);
        }
        Set<String> succeeded = new LinkedHashSet<>();
        for (ILoggingEvent call : calls.list) {
            String line = call.getFormattedMessage();
            if (line.matches("^[A-Z]+ \\S+ -> 2\\d\\d in .*")) {
                succeeded.add(line.substring(0, line.indexOf(" -> ")));
            }
        }
        assertThat(succeeded).containsAll(expected);
    }

    private void driveEverything() {
        TestServices test = TestServices.of(sandbox.session(), configDir);
        Account account = ScreeningTestAccounts.merchant(sandbox, "Every Screening Route AS", "Rutegata 1", "0150",
                "Oslo", "NO", "Rita", "Rute");
        var page = new ScreeningTestAccounts.Page(sandbox, account.accountId());
        var tab = new ScreeningTabViewModel(test.services, page);
        tab.shown();
        tab.termination().reason.set("05");
        test.dialogs.typedAnswer = account.accountId();
        tab.terminate();
        assertThat(tab.messageProperty().get()).contains("merchant reference number");
        tab.searchMatch();
        assertThat(tab.cards()).isNotEmpty();
        tab.reopen(tab.history().get(0));
        assertThat(tab.cards()).isNotEmpty();
        tab.searchVmss();
        assertThat(tab.messageProperty().get()).isEmpty();
        assertThat(tab.registerProperty().get()).isEqualTo(Register.VMSS);
    }

    /** "METHOD path" of rows {@code from}..{@code to} of the spec's endpoints.tsv. */
    private static Set<String> rows(int from, int to) throws Exception {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("spec/api/endpoints.tsv"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's spec/api/endpoints.tsv").isNotNull();
        Set<String> wanted = new LinkedHashSet<>();
        for (String line : Files.readAllLines(dir.resolve("spec/api/endpoints.tsv"))) {
            String[] cells = line.split("\t");
            if (cells[0].matches("\\d+") && Integer.parseInt(cells[0]) >= from && Integer.parseInt(cells[0]) <= to) {
                wanted.add(cells[2] + " " + cells[3]);
            }
        }
        assertThat(wanted).hasSize(to - from + 1);
        return wanted;
    }
}
